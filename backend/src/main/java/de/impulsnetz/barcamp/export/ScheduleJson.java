package de.impulsnetz.barcamp.export;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.plan.Schedule;
import de.impulsnetz.barcamp.plan.Schedule.Day;
import de.impulsnetz.barcamp.plan.Schedule.Entry;
import de.impulsnetz.shared.Berlin;

/**
 * The plan as C3VOC {@code schedule.json} (version 1 of the schema, what apps read
 * today).
 */
final class ScheduleJson {

	private ScheduleJson() {
	}

	static Map<String, Object> of(Schedule schedule, String baseUrl) {
		Map<String, Object> conference = new LinkedHashMap<>();
		conference.put("acronym", schedule.acronym());
		conference.put("title", schedule.event().title());
		conference.put("start", Berlin.iso(schedule.event().startsAt()));
		conference.put("end", Berlin.iso(schedule.event().endsAt()));
		conference.put("daysCount", schedule.days().size());
		conference.put("timeslot_duration", timeslot(schedule));
		conference.put("time_zone_name", Berlin.ZONE.getId());
		conference.put("url", baseUrl + "/veranstaltungen/" + schedule.event().slug());
		List<Map<String, Object>> rooms = new ArrayList<>();
		for (Room room : schedule.event().rooms()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("name", room.name());
			json.put("guid", UUID
				.nameUUIDFromBytes(("impulsnetz:" + schedule.event().slug() + ":room:" + room.name())
					.getBytes(StandardCharsets.UTF_8))
				.toString());
			json.put("capacity", room.capacity());
			rooms.add(json);
		}
		conference.put("rooms", rooms);
		List<Map<String, Object>> days = new ArrayList<>();
		for (Day day : schedule.days()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("index", day.index());
			json.put("date", day.date().toString());
			json.put("day_start", Berlin.iso(day.start()));
			json.put("day_end", Berlin.iso(day.end()));
			Map<String, List<Map<String, Object>>> byRoom = new LinkedHashMap<>();
			schedule.event().rooms().forEach((room) -> byRoom.put(room.name(), new ArrayList<>()));
			for (Entry entry : schedule.on(day)) {
				byRoom.computeIfAbsent(entry.room(), (room) -> new ArrayList<>()).add(event(schedule, entry, baseUrl));
			}
			json.put("rooms", byRoom);
			days.add(json);
		}
		conference.put("days", days);
		Map<String, Object> inner = new LinkedHashMap<>();
		inner.put("version", String.valueOf(schedule.version()));
		inner.put("base_url", baseUrl + "/");
		inner.put("conference", conference);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("$schema", "https://c3voc.de/schedule/schema.json");
		document.put("generator", Map.of("name", "Impulsnetz"));
		document.put("schedule", inner);
		return document;
	}

	private static Map<String, Object> event(Schedule schedule, Entry entry, String baseUrl) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("guid", entry.guid().toString());
		json.put("id", entry.number());
		json.put("date", Berlin.iso(entry.start()));
		json.put("start", Berlin.local(entry.start()).toLocalTime().toString().substring(0, 5));
		json.put("end", Berlin.iso(entry.end()));
		json.put("duration", hoursMinutes(entry.duration()));
		json.put("room", entry.room());
		json.put("slug", schedule.slugOf(entry));
		json.put("url", url(schedule, entry, baseUrl));
		json.put("title", entry.proposal().title());
		json.put("subtitle", "");
		json.put("track", track(entry));
		json.put("type", type(entry));
		json.put("language", "de");
		json.put("abstract", entry.proposal().description());
		json.put("description", "");
		json.put("recording_license", "");
		json.put("do_not_record", !entry.proposal().recordingAllowed());
		json.put("persons", List.of(Map.of("name", entry.proposal().proposer(), "guid", personGuid(entry).toString())));
		json.put("links", List.of());
		json.put("attachments", List.of());
		return json;
	}

	/**
	 * The most common slot length, as {@code hh:mm}.
	 */
	static String timeslot(Schedule schedule) {
		Map<Duration, Integer> counts = new LinkedHashMap<>();
		for (Slot slot : schedule.event().slots()) {
			if (slot.takesSessions()) {
				counts.merge(Duration.between(slot.start(), slot.end()), 1, Integer::sum);
			}
		}
		return hoursMinutes(counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(Duration.ofMinutes(45)));
	}

	static String hoursMinutes(Duration duration) {
		return String.format("%02d:%02d", duration.toHours(), duration.toMinutesPart());
	}

	static String url(Schedule schedule, Entry entry, String baseUrl) {
		return baseUrl + "/veranstaltungen/" + schedule.event().slug() + "/sessions/" + entry.proposal().slug();
	}

	/**
	 * The format in German, as the track apps colour by.
	 */
	static String track(Entry entry) {
		return switch (entry.proposal().format()) {
			case DISKUSSION -> "Diskussion";
			case WORKSHOP -> "Workshop";
			case IMPULS -> "Impuls";
			case FRAGE_IN_DIE_RUNDE -> "Frage in die Runde";
		};
	}

	static String type(Entry entry) {
		return switch (entry.proposal().format()) {
			case DISKUSSION, FRAGE_IN_DIE_RUNDE -> "discussion";
			case WORKSHOP -> "workshop";
			case IMPULS -> "talk";
		};
	}

	static UUID personGuid(Entry entry) {
		String who = (entry.proposal().proposerId() != null) ? entry.proposal().proposerId()
				: entry.proposal().proposer();
		return UUID.nameUUIDFromBytes(("impulsnetz:person:" + who).getBytes(StandardCharsets.UTF_8));
	}

}
