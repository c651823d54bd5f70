package de.impulsnetz.barcamp;

import de.impulsnetz.barcamp.proposal.ProposalContent;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Events and proposals for the barcamp tests, as organisers and members would make them;
 * the members themselves are {@link de.impulsnetz.Members}.
 */
public final class People {

	private People() {
	}

	/**
	 * A barcamp in four weeks with open registration, two rooms and a short grid.
	 */
	public static NewEvent barcamp(int capacity, Voting voting) {
		// Four weeks ahead at 10:00 in Berlin: a fixed hour, so that a session over two
		// slots
		// never runs past midnight, whenever the test runs.
		Instant start = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Berlin"))
			.plusDays(28)
			.truncatedTo(ChronoUnit.DAYS)
			.withHour(10)
			.toInstant();
		List<Slot> slots = List.of(new Slot(start, start.plus(1, ChronoUnit.HOURS), SlotKind.PLENARY, "Planung"),
				new Slot(start.plus(1, ChronoUnit.HOURS), start.plus(2, ChronoUnit.HOURS), SlotKind.SESSION, null),
				new Slot(start.plus(2, ChronoUnit.HOURS), start.plus(3, ChronoUnit.HOURS), SlotKind.SESSION, null));
		return new NewEvent("Testcamp " + UUID.randomUUID().toString().substring(0, 8), EventKind.BARCAMP, start,
				start.plus(3, ChronoUnit.HOURS), new Venue("Rathaus", null, null, "Altena"), capacity, "Ein Test.",
				List.of(new Room("Saal", 40, Set.of(Equipment.BEAMER)), new Room("Kleiner Raum", 12, Set.of())), slots,
				null, null, voting);
	}

	/**
	 * A barcamp over two days, Wednesday 12 and Thursday 13 June 2030 (Berlin): two
	 * session slots on the first day, one on the second, one room.
	 */
	public static NewEvent twoDays() {
		Instant day1 = java.time.ZonedDateTime.of(2030, 6, 12, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Berlin"))
			.toInstant();
		Instant day2 = day1.plus(1, ChronoUnit.DAYS);
		List<Slot> slots = List.of(new Slot(day1, day1.plus(1, ChronoUnit.HOURS), SlotKind.SESSION, null),
				new Slot(day1.plus(1, ChronoUnit.HOURS), day1.plus(2, ChronoUnit.HOURS), SlotKind.SESSION, null),
				new Slot(day2, day2.plus(1, ChronoUnit.HOURS), SlotKind.SESSION, null));
		return new NewEvent("Zweitagecamp " + UUID.randomUUID().toString().substring(0, 8), EventKind.BARCAMP, day1,
				day2.plus(1, ChronoUnit.HOURS), new Venue("Rathaus", null, null, "Altena"), 30, "Zwei Tage.",
				List.of(new Room("Saal", 40, Set.of())), slots, null, null, Voting.PLUS_ONE);
	}

	public static ProposalContent proposal(String title, int length) {
		return new ProposalContent(title, "Worum es geht.", ProposalFormat.DISKUSSION, length, Set.of(), true);
	}

	public static ProposalContent proposal(String title) {
		return new ProposalContent(title, "Worum es geht.", ProposalFormat.DISKUSSION, 1, Set.of(), true);
	}

}
