package de.impulsnetz.barcamp.api;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.NewEvent;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.VotingMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new event as JSON. Times are ISO 8601, with an offset or in German local time.
 */
record EventRequest(@NotBlank @Size(max = 160) String title, @NotNull EventKind kind,
		@NotNull @Pattern(regexp = ApiTime.PATTERN) String start,
		@NotNull @Pattern(regexp = ApiTime.PATTERN) String end, @NotNull @Valid VenueRequest venue,
		@Positive @Max(100_000) int capacity, @Size(max = 20_000) @Nullable String description,
		@Size(max = 50) @Nullable List<@NotNull @Valid RoomRequest> rooms,
		@Size(max = 100) @Nullable List<@NotNull @Valid SlotRequest> slots, @Valid @Nullable VotingRequest voting) {

	@AssertTrue(message = "Das Ende muss nach dem Beginn liegen.")
	boolean isEndAfterStart() {
		return this.start == null || this.end == null || !this.start.matches(ApiTime.PATTERN)
				|| !this.end.matches(ApiTime.PATTERN) || ApiTime.parse(this.end).isAfter(ApiTime.parse(this.start));
	}

	NewEvent toNewEvent() {
		return new NewEvent(this.title.strip(), this.kind, ApiTime.parse(this.start), ApiTime.parse(this.end),
				this.venue.toVenue(), this.capacity, (this.description != null) ? this.description : "",
				(this.rooms != null) ? this.rooms.stream().map(RoomRequest::toRoom).toList() : List.of(),
				(this.slots != null) ? this.slots.stream().map(SlotRequest::toSlot).toList() : List.of(), null, null,
				(this.voting != null) ? this.voting.toVoting() : null);
	}

	/**
	 * The venue as an object, or just its name as a string.
	 */
	record VenueRequest(@NotBlank @Size(max = 160) String name, @Size(max = 160) @Nullable String street,
			@Size(max = 10) @Nullable String postalCode, @Size(max = 80) @Nullable String city) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static VenueRequest named(String name) {
			return new VenueRequest(name, null, null, null);
		}

		Venue toVenue() {
			return new Venue(this.name.strip(), this.street, this.postalCode, (this.city != null) ? this.city : "");
		}

	}

	record RoomRequest(@NotBlank @Size(max = 80) String name, @Positive @Max(10_000) int capacity,
			@Nullable Set<@NotNull Equipment> equipment) {

		Room toRoom() {
			return new Room(this.name.strip(), this.capacity, this.equipment);
		}

	}

	record SlotRequest(@NotNull @Pattern(regexp = ApiTime.PATTERN) String start,
			@NotNull @Pattern(regexp = ApiTime.PATTERN) String end, @Nullable SlotKind kind,
			@Size(max = 80) @Nullable String label) {

		Slot toSlot() {
			return new Slot(ApiTime.parse(this.start), ApiTime.parse(this.end),
					(this.kind != null) ? this.kind : SlotKind.SESSION, this.label);
		}

	}

	record VotingRequest(@NotNull VotingMode mode, @Min(0) @Max(100) @Nullable Integer budget,
			@Nullable Boolean hiddenUntilClosed) {

		Voting toVoting() {
			return new Voting(this.mode, (this.budget != null) ? this.budget : 0,
					Boolean.TRUE.equals(this.hiddenUntilClosed), null);
		}

	}

}
