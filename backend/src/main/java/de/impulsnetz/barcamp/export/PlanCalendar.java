package de.impulsnetz.barcamp.export;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import de.impulsnetz.barcamp.plan.Schedule;
import de.impulsnetz.barcamp.plan.Schedule.Entry;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.http.MediaType;

/**
 * Session plans as iCalendar (RFC 5545), built with ical4j: the whole plan of an event,
 * or a member's starred sessions. Times are in UTC, so no time zone definitions are
 * needed; the UIDs are the sessions' stable UUIDs, and the plan's version is the
 * sequence, so calendar apps update a moved session instead of adding it twice.
 */
public final class PlanCalendar {

	private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

	public static final MediaType MEDIA_TYPE = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private PlanCalendar() {
	}

	public static String of(String name, List<Schedule> schedules, String baseUrl) {
		Calendar calendar = new Calendar().add(new ProdId("-//Impulsnetz//Sessionplan//DE"))
			.add(ImmutableVersion.VERSION_2_0)
			.add(ImmutableCalScale.GREGORIAN)
			.add(new XProperty("X-WR-CALNAME", text(name)));
		for (Schedule schedule : schedules) {
			for (Entry entry : schedule.entries()) {
				calendar.add(event(schedule, entry, baseUrl));
			}
		}
		return calendar.toString();
	}

	public static String of(Schedule schedule, String baseUrl) {
		return of(schedule.event().title(), List.of(schedule), baseUrl);
	}

	/**
	 * Line breaks as iCalendar escapes them ({@code \n}); ical4j leaves carriage returns
	 * alone, and a lone one ends the content line in some calendars, so that the rest of
	 * the text could be read as properties of its own.
	 */
	static String text(String value) {
		return LINE_BREAKS.matcher(value).replaceAll("\n");
	}

	private static VEvent event(Schedule schedule, Entry entry, String baseUrl) {
		String url = ScheduleJson.url(schedule, entry, baseUrl);
		VEvent event = new VEvent(entry.start(), entry.end(), text(entry.proposal().title()));
		event.add(new Uid(entry.guid() + "@impulsnetz"));
		event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, schedule.version())));
		event.add(new Location(
				text(entry.room() + ", " + schedule.event().venue().name() + ", " + schedule.event().venue().city())));
		event.add(new Description(text(entry.proposal().description() + "\n\n" + ScheduleJson.track(entry) + " · "
				+ entry.proposal().proposer() + "\n" + url)));
		event.add(new Url(URI.create(url)));
		return event;
	}

}
