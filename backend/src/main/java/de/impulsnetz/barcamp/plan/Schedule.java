package de.impulsnetz.barcamp.plan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.shared.Berlin;

/**
 * The session plan as a timetable: every planned session with its start, end, room, a
 * stable number and a stable UUID, grouped into days. The common ground of the calendar
 * and the C3VOC/frab exports, so that they always agree.
 *
 * <p>
 * Numbers count all proposals of the event in the order they were made (withdrawn ones
 * included), and UUIDs are derived from the event and proposal: both stay the same when
 * the plan changes, so conference apps keep their favourites.
 */
public record Schedule(Event event, long version, List<Day> days, List<Entry> entries) {

	/**
	 * A planned session.
	 */
	public record Entry(int number, UUID guid, SessionProposal proposal, String room, Instant start, Instant end) {

		public Duration duration() {
			return Duration.between(this.start, this.end);
		}

	}

	/**
	 * A day of the event: from its first slot's start to its last slot's end.
	 *
	 * @param index 1 for the first day
	 */
	public record Day(int index, LocalDate date, Instant start, Instant end) {

	}

	/**
	 * @param all every proposal of the event, withdrawn ones too (for stable numbers)
	 */
	public static Schedule of(Event event, SessionPlan plan, List<SessionProposal> all) {
		List<SessionProposal> byAge = new ArrayList<>(all);
		byAge.sort(Comparator.comparing((SessionProposal p) -> (p.id() != null) ? p.id() : ""));
		Map<String, Integer> numbers = new HashMap<>();
		Map<String, SessionProposal> open = new HashMap<>();
		for (int i = 0; i < byAge.size(); i++) {
			SessionProposal proposal = byAge.get(i);
			numbers.put(proposal.id(), i + 1);
			if (proposal.isOpen()) {
				open.put(proposal.id(), proposal);
			}
		}
		List<Slot> slots = event.slots();
		List<Entry> entries = new ArrayList<>();
		for (Placement placement : plan.placements()) {
			SessionProposal proposal = open.get(placement.proposalId());
			if (proposal == null || placement.slot() >= slots.size()) {
				continue;
			}
			int last = Math.min(slots.size() - 1, placement.slot() + proposal.length() - 1);
			entries.add(new Entry(numbers.get(proposal.id()), guid(event, proposal), proposal, placement.room(),
					slots.get(placement.slot()).start(), slots.get(last).end()));
		}
		entries.sort(Comparator.comparing(Entry::start).thenComparing(Entry::room));
		return new Schedule(event, (plan.version() != null) ? plan.version() : 0, days(event), entries);
	}

	public List<Entry> on(Day day) {
		return this.entries.stream()
			.filter((entry) -> Berlin.local(entry.start()).toLocalDate().equals(day.date()))
			.toList();
	}

	/**
	 * The acronym apps show and build slugs from: the event's slug with underscores.
	 */
	public String acronym() {
		return this.event.slug().replace('-', '_');
	}

	/**
	 * A session's slug for the exports: acronym, hyphen, the proposal's slug (at least
	 * four characters).
	 */
	public String slugOf(Entry entry) {
		String slug = entry.proposal().slug();
		return acronym() + "-" + ((slug.length() >= 4) ? slug : slug + "-session");
	}

	private static List<Day> days(Event event) {
		Map<LocalDate, Instant[]> ranges = new LinkedHashMap<>();
		for (Slot slot : event.slots()) {
			Instant[] range = ranges.computeIfAbsent(Berlin.local(slot.start()).toLocalDate(),
					(date) -> new Instant[] { slot.start(), slot.end() });
			range[0] = slot.start().isBefore(range[0]) ? slot.start() : range[0];
			range[1] = slot.end().isAfter(range[1]) ? slot.end() : range[1];
		}
		if (ranges.isEmpty()) {
			ranges.put(Berlin.local(event.startsAt()).toLocalDate(),
					new Instant[] { event.startsAt(), event.endsAt() });
		}
		List<Day> days = new ArrayList<>();
		ranges.forEach((date, range) -> days.add(new Day(days.size() + 1, date, range[0], range[1])));
		return days;
	}

	private static UUID guid(Event event, SessionProposal proposal) {
		return UUID
			.nameUUIDFromBytes(("impulsnetz:" + event.slug() + ":" + proposal.id()).getBytes(StandardCharsets.UTF_8));
	}

}
