package de.impulsnetz.workinggroup.campaign;

import java.net.URI;
import java.util.function.Function;

import de.impulsnetz.municipality.Platform;
import de.impulsnetz.shared.formats.Calendars;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's posting plan as iCalendar (RFC 5545): one all-day entry per planned post,
 * for the whole campaign or one municipality. The UIDs are the rows' ids and the row's
 * version is the sequence, so calendar apps update a moved post instead of adding it
 * twice.
 */
public final class CampaignCalendar {

	private CampaignCalendar() {
	}

	/**
	 * @param municipality only this municipality's posts; {@code null}: every post
	 * @param pageUrl the campaign page's full address
	 * @param platforms the platforms' names in the reader's language
	 */
	public static String of(CampaignPlan plan, @Nullable String municipality, String pageUrl,
			Function<Platform, String> platforms) {
		Campaign campaign = plan.campaign();
		String name = (municipality != null) ? campaign.title() + " – " + plan.name(municipality) : campaign.title();
		Calendar calendar = Calendars.named("Kampagnenplan", name);
		String hashtags = String.join(" ", campaign.hashtags().stream().map((tag) -> "#" + tag).toList());
		for (PlannedPost post : plan.posts()) {
			if (municipality != null && !municipality.equals(post.municipality())) {
				continue;
			}
			VEvent event = new VEvent(post.date(), post.date().plusDays(1),
					Calendars.text(platforms.apply(post.platform()) + ": " + plan.name(post.municipality()) + " – "
							+ campaign.title()));
			event.add(new Uid(post.id() + "@impulsnetz"));
			event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, (post.version() != null) ? post.version() : 0)));
			Campaign.Material idea = campaign.idea(post.idea());
			event.add(new Description(Calendars.text(post.text() + "\n\n" + hashtags
					+ ((idea != null) ? "\nIdee: " + idea.title() : "") + "\n" + pageUrl)));
			event.add(new Url(URI.create(pageUrl)));
			calendar.add(event);
		}
		return calendar.toString();
	}

}
