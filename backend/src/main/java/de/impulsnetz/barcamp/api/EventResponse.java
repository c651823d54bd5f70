package de.impulsnetz.barcamp.api;

import java.time.OffsetDateTime;
import java.util.List;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.registration.Roster;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.talk.discovery.TalkLink;
import org.jspecify.annotations.Nullable;

/**
 * An event as the API shows it, times with their offset.
 *
 * @param confirmed seats taken
 * @param waiting people on the waiting list
 * @param talks for an Impuls-Termin, the talks it is the registration for (those the
 * caller may read); empty for other kinds
 */
record EventResponse(String slug, String title, EventKind kind, OffsetDateTime start, OffsetDateTime end, Venue venue,
		List<String> organisers, int capacity, int confirmed, int waiting, String description, List<Room> rooms,
		List<SlotResponse> slots, VotingMode voting, int votingBudget, @Nullable OffsetDateTime registrationCloses,
		@Nullable OffsetDateTime proposalsClose, List<TalkResponse> talks) {

	static EventResponse of(Event event, Roster roster, List<TalkLink> talks) {
		return new EventResponse(event.slug(), event.title(), event.kind(), Berlin.offset(event.startsAt()),
				Berlin.offset(event.endsAt()), event.venue(), event.organisers(), event.capacity(),
				roster.confirmed().size(), roster.waiting().size(), event.description(), event.rooms(),
				event.slots()
					.stream()
					.map((slot) -> new SlotResponse(Berlin.offset(slot.start()), Berlin.offset(slot.end()), slot.kind(),
							slot.label()))
					.toList(),
				event.votingRules().mode(), event.votingRules().maxPoints(),
				(event.registrationWindow().closes() != null) ? Berlin.offset(event.registrationWindow().closes())
						: null,
				(event.proposalWindow().closes() != null) ? Berlin.offset(event.proposalWindow().closes()) : null,
				talks.stream()
					.map((talk) -> new TalkResponse(talk.title(), talk.meta(),
							Berlin.offset(Berlin.instant(talk.when())), talk.href()))
					.toList());
	}

	/**
	 * A talk of an Impuls-Termin.
	 *
	 * @param speakers the speakers' names
	 * @param page the talk's page, a path on this site
	 */
	record TalkResponse(String title, String speakers, OffsetDateTime start, String page) {

	}

	record SlotResponse(OffsetDateTime start, OffsetDateTime end, SlotKind kind, @Nullable String label) {

	}

}
