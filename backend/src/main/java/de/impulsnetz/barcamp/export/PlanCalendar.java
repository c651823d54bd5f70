package de.impulsnetz.barcamp.export;

import java.net.URI;
import java.util.List;

import de.impulsnetz.barcamp.plan.Schedule;
import de.impulsnetz.barcamp.plan.Schedule.Entry;
import de.impulsnetz.shared.formats.Calendars;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import org.springframework.http.MediaType;

/**
 * Session plans as iCalendar (RFC 5545), built with ical4j: the whole plan of an event,
 * or a member's starred sessions. Times are in UTC, so no time zone definitions are
 * needed; the UIDs are the sessions' stable UUIDs, and the plan's version is the
 * sequence, so calendar apps update a moved session instead of adding it twice.
 */
public final class PlanCalendar {

	public static final MediaType MEDIA_TYPE = Calendars.MEDIA_TYPE;

	private PlanCalendar() {
	}

	public static String of(String name, List<Schedule> schedules, String baseUrl) {
		Calendar calendar = Calendars.named("Sessionplan", name);
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

	private static VEvent event(Schedule schedule, Entry entry, String baseUrl) {
		String url = ScheduleJson.url(schedule, entry, baseUrl);
		VEvent event = new VEvent(entry.start(), entry.end(), Calendars.text(entry.proposal().title()));
		event.add(new Uid(entry.guid() + "@impulsnetz"));
		event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, schedule.version())));
		event.add(new Location(Calendars
			.text(entry.room() + ", " + schedule.event().venue().name() + ", " + schedule.event().venue().city())));
		event.add(new Description(Calendars.text(entry.proposal().description() + "\n\n" + ScheduleJson.track(entry)
				+ " · " + entry.proposal().proposer() + "\n" + url)));
		event.add(new Url(URI.create(url)));
		return event;
	}

}
