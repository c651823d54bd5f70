package de.impulsnetz.barcamp.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.NewEvent;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.Window;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.DescribedImages;
import de.impulsnetz.shared.web.FormRows;
import de.impulsnetz.shared.text.LocalImages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The organisers' event form: the event, its rooms and its time grid. Rooms and slots are
 * rows with spare empty ones, so more can be added without JavaScript; everything typed
 * comes back when something is wrong.
 *
 * @param proposalsClose end of the proposal window; empty: the end of the event
 * @param votingCloses end of voting; empty: the end of the event
 * @param hiddenTallies {@code ja} to hide tallies until voting closes
 * @param version the version the change started from ({@code null} for a new event)
 */
record EventForm(@NotBlank @Size(max = 160) String title, @NotNull EventKind kind, @NotNull LocalDate date,
		@NotNull LocalTime startTime, @Nullable LocalDate endDate, @NotNull LocalTime endTime,
		@NotBlank @Size(max = 160) String venueName, @Size(max = 160) @Nullable String street,
		@Size(max = 10) @Nullable String postalCode, @NotBlank @Size(max = 80) String city,
		@Min(1) @Max(100_000) int capacity,
		@Size(max = 20_000) @DescribedImages @LocalImages @Nullable String description,
		@Nullable LocalDate registrationCloses,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime proposalsClose,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime votingCloses,
		@Nullable VotingMode votingMode, @Min(0) @Max(100) @Nullable Integer votingBudget,
		@Nullable String hiddenTallies, @Nullable List<@Valid RoomRow> rooms, @Nullable List<@Valid SlotRow> slots,
		@Nullable Long version) {

	static final int SPARE_ROOMS = 2;

	static final int SPARE_SLOTS = 3;

	EventForm {
		rooms = FormRows.withSpare(rooms, new RoomRow("", null, List.of()), SPARE_ROOMS);
		slots = FormRows.withSpare(slots, new SlotRow(null, null, null, SlotKind.SESSION, ""), SPARE_SLOTS);
	}

	static EventForm blank() {
		LocalDate in4Weeks = LocalDate.now(Berlin.ZONE).plusWeeks(4);
		return new EventForm("", EventKind.BARCAMP, in4Weeks, LocalTime.of(9, 30), null, LocalTime.of(16, 30), "", "",
				"", "", 40, "", null, null, null, VotingMode.PLUS_ONE, 5, "nein", List.of(), List.of(), null);
	}

	static EventForm of(Event event) {
		LocalDateTime start = Berlin.local(event.startsAt());
		LocalDateTime end = Berlin.local(event.endsAt());
		Voting voting = event.votingRules();
		Window registration = event.registration();
		LocalDate closes = (registration != null && registration.closes() != null)
				? Berlin.local(registration.closes()).toLocalDate() : null;
		return new EventForm(event.title(), event.kind(), start.toLocalDate(), start.toLocalTime(),
				end.toLocalDate().equals(start.toLocalDate()) ? null : end.toLocalDate(), end.toLocalTime(),
				event.venue().name(), event.venue().street(), event.venue().postalCode(), event.venue().city(),
				event.capacity(), event.description(), closes,
				(event.proposing() != null && event.proposing().closes() != null)
						? Berlin.local(event.proposing().closes()) : null,
				(voting.closes() != null) ? Berlin.local(voting.closes()) : null, voting.mode(),
				(voting.mode() == VotingMode.BUDGET) ? voting.budget() : 5, voting.hiddenUntilClosed() ? "ja" : "nein",
				event.rooms()
					.stream()
					.map((room) -> new RoomRow(room.name(), room.capacity(), List.copyOf(room.equipment())))
					.toList(),
				event.slots().stream().map((slot) -> {
					LocalDateTime from = Berlin.local(slot.start());
					return new SlotRow(from.toLocalDate(), from.toLocalTime(), Berlin.local(slot.end()).toLocalTime(),
							slot.kind(), (slot.label() != null) ? slot.label() : "");
				}).toList(), event.version());
	}

	/**
	 * Checks across fields: the end after the start, complete rows, unique room names.
	 */
	void validate(Errors errors) {
		if (this.date != null && this.startTime != null && this.endTime != null && !end().isAfter(start())) {
			errors.rejectValue("endTime", "barcamp.event.form.endBeforeStart");
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < this.rooms.size(); i++) {
			RoomRow row = this.rooms.get(i);
			if (row.isEmpty()) {
				continue;
			}
			if (row.name() == null || row.name().isBlank() || row.capacity() == null || row.capacity() < 1) {
				errors.rejectValue("rooms[" + i + "].name", "barcamp.event.form.room.incomplete");
			}
			else if (!names.add(row.name().strip())) {
				errors.rejectValue("rooms[" + i + "].name", "barcamp.event.form.room.duplicate");
			}
		}
		for (int i = 0; i < this.slots.size(); i++) {
			SlotRow row = this.slots.get(i);
			if (row.isEmpty()) {
				continue;
			}
			if (row.start() == null || row.end() == null) {
				errors.rejectValue("slots[" + i + "].start", "barcamp.event.form.slot.incomplete");
			}
			else if (!row.end().isAfter(row.start())) {
				errors.rejectValue("slots[" + i + "].end", "barcamp.event.form.endBeforeStart");
			}
		}
	}

	NewEvent toNewEvent() {
		List<Room> roomList = this.rooms.stream()
			.filter((row) -> !row.isEmpty())
			.map((row) -> new Room(row.name().strip(), row.capacity(), Set.copyOf(row.equipment())))
			.toList();
		List<Slot> slotList = this.slots.stream().filter((row) -> !row.isEmpty()).map((row) -> {
			LocalDate day = (row.date() != null) ? row.date() : this.date;
			return new Slot(Berlin.instant(day.atTime(row.start())), Berlin.instant(day.atTime(row.end())),
					(row.kind() != null) ? row.kind() : SlotKind.SESSION,
					(row.label() == null || row.label().isBlank()) ? null : row.label().strip());
		}).sorted(Comparator.comparing(Slot::start)).toList();
		VotingMode mode = (this.votingMode != null) ? this.votingMode : VotingMode.PLUS_ONE;
		Voting voting = new Voting(mode,
				(mode == VotingMode.BUDGET && this.votingBudget != null) ? this.votingBudget : 0,
				"ja".equals(this.hiddenTallies),
				(this.votingCloses != null) ? Berlin.instant(this.votingCloses) : null);
		Window registration = (this.registrationCloses != null)
				? new Window(null, Berlin.instant(this.registrationCloses.atTime(23, 59))) : null;
		return new NewEvent(this.title.strip(), this.kind, Berlin.instant(start()), Berlin.instant(end()),
				new Venue(this.venueName.strip(), blankToNull(this.street), blankToNull(this.postalCode),
						this.city.strip()),
				this.capacity, (this.description != null) ? this.description : "", roomList, slotList, registration,
				(this.proposalsClose != null) ? new Window(null, Berlin.instant(this.proposalsClose)) : null, voting);
	}

	private LocalDateTime start() {
		return this.date.atTime(this.startTime);
	}

	private LocalDateTime end() {
		return ((this.endDate != null) ? this.endDate : this.date).atTime(this.endTime);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	record RoomRow(@Size(max = 80) @Nullable String name, @Min(1) @Max(10_000) @Nullable Integer capacity,
			@Nullable List<Equipment> equipment) implements FormRows.Row {

		RoomRow {
			equipment = (equipment != null) ? equipment : List.of();
		}

		@Override
		public boolean isEmpty() {
			return (this.name == null || this.name.isBlank()) && this.capacity == null;
		}

	}

	/**
	 * @param date the day; empty: the event's first day
	 */
	record SlotRow(@Nullable LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end,
			@Nullable SlotKind kind, @Size(max = 80) @Nullable String label) implements FormRows.Row {

		@Override
		public boolean isEmpty() {
			return this.start == null && this.end == null;
		}

	}

}
