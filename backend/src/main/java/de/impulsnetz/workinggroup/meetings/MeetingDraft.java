package de.impulsnetz.workinggroup.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.NewEvent;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;

/**
 * When and where a meeting takes place, as a coordinator plans it.
 */
public record MeetingDraft(String title, @Nullable LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to,
		String venue, String city, int capacity) {

	public static final int MAX_CAPACITY = 1000;

	public MeetingDraft {
		title = (title != null) ? title.strip() : "";
		venue = (venue != null) ? venue.strip() : "";
		city = (city != null) ? city.strip() : "";
	}

	/**
	 * The message key of what is wrong, or {@code null}.
	 */
	public @Nullable String problem() {
		if (this.title.isEmpty() || this.title.length() > 200) {
			return "workinggroup.meeting.invalid.title";
		}
		if (this.date == null || this.from == null || this.to == null || !this.to.isAfter(this.from)) {
			return "workinggroup.meeting.invalid.time";
		}
		if (this.venue.isEmpty() || this.city.isEmpty() || this.venue.length() > 200 || this.city.length() > 200) {
			return "workinggroup.meeting.invalid.venue";
		}
		if (this.capacity < 1 || this.capacity > MAX_CAPACITY) {
			return "workinggroup.meeting.invalid.capacity";
		}
		return null;
	}

	/**
	 * The same meeting {@code quarters} quarters later.
	 */
	MeetingDraft quartersLater(int quarters) {
		return new MeetingDraft(this.title, this.date.plusMonths(3L * quarters), this.from, this.to, this.venue,
				this.city, this.capacity);
	}

	NewEvent toEvent(String description) {
		return new NewEvent(this.title, EventKind.AG_TREFFEN, Berlin.instant(this.date.atTime(this.from)),
				Berlin.instant(this.date.atTime(this.to)), new Venue(this.venue, null, null, this.city), this.capacity,
				description, java.util.List.of(), java.util.List.of(), null, null, null);
	}

}
