package de.impulsnetz.barcamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * A Veranstaltung: a barcamp, Runder Tisch, AG-Treffen or Impuls-Termin.
 *
 * @param organisers slugs of the organising municipalities
 * @param capacity seats for participants; registrations beyond go to the waiting list
 * @param description Markdown
 * @param rooms where sessions run (barcamps)
 * @param slots the time grid, in order
 * @param registration when members may register; {@code null}: until the start
 * @param proposing when members may propose sessions; {@code null}: until the end
 * @param voting how members vote on proposals
 */
@Document("events")
// Coming and past events (start page, event list).
@CompoundIndex(name = "ends_at", def = "{'endsAt': 1}")
public record Event(@Id @Nullable String id, @Indexed(unique = true) String slug, String title, EventKind kind,
		Instant startsAt, Instant endsAt, Venue venue, List<String> organisers, int capacity, String description,
		List<Room> rooms, List<Slot> slots, @Nullable Window registration, @Nullable Window proposing,
		@Nullable Voting voting, @Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	public Event {
		organisers = List.copyOf(organisers);
		rooms = (rooms != null) ? List.copyOf(rooms) : List.of();
		slots = (slots != null) ? List.copyOf(slots) : List.of();
	}

	/**
	 * A new event made in the app by an organiser of one of {@code organisers}.
	 */
	static Event created(String slug, List<String> organisers, NewEvent draft, Instant now) {
		return new Event(null, slug, draft.title(), draft.kind(), draft.start(), draft.end(), draft.venue(), organisers,
				draft.capacity(), draft.description(), draft.rooms(), draft.slots(), draft.registration(),
				draft.proposing(), draft.voting(), null, now, null);
	}

	/**
	 * The event with an organiser's changes; organisers, import stamp and version stay.
	 */
	Event with(NewEvent changes, Instant now) {
		return new Event(this.id, this.slug, changes.title(), changes.kind(), changes.start(), changes.end(),
				changes.venue(), this.organisers, changes.capacity(), changes.description(), changes.rooms(),
				changes.slots(), changes.registration(), changes.proposing(), changes.voting(), this.importStamp, now,
				this.version);
	}

	public boolean isOver(Instant now) {
		return this.endsAt.isBefore(now);
	}

	public Window registrationWindow() {
		return (this.registration != null) ? this.registration : new Window(null, this.startsAt);
	}

	public Window proposalWindow() {
		return (this.proposing != null) ? this.proposing : new Window(null, this.endsAt);
	}

	public Voting votingRules() {
		return (this.voting != null) ? this.voting : Voting.PLUS_ONE;
	}

	public Window votingWindow() {
		Voting rules = votingRules();
		return new Window(null, (rules.closes() != null) ? rules.closes() : this.endsAt);
	}

	/**
	 * Whether everyone may see how many votes each proposal has.
	 */
	public boolean talliesVisible(Instant now) {
		return !votingRules().hiddenUntilClosed() || votingWindow().hasClosed(now);
	}

	public Optional<Room> room(String name) {
		return this.rooms.stream().filter((room) -> room.name().equals(name)).findFirst();
	}

	public boolean hasSessionPlan() {
		return !this.rooms.isEmpty() && this.slots.stream().anyMatch(Slot::takesSessions);
	}

	Event withIdentityOf(Event existing) {
		return new Event(existing.id, this.slug, this.title, this.kind, this.startsAt, this.endsAt, this.venue,
				this.organisers, this.capacity, this.description, this.rooms, this.slots, this.registration,
				this.proposing, this.voting, this.importStamp, existing.editedAt, existing.version);
	}

}
