package de.impulsnetz.workinggroup.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.workinggroup.meetings.MeetingDraft;
import org.jspecify.annotations.Nullable;

/**
 * The form that plans a meeting or moves one. Dates and times stay text until they are
 * read, so that whatever was typed comes back with the message when it is no date.
 *
 * @param quarterly {@code ja}: plan this and the next three quarters in one step
 * @param version the event's version the change started from (moving only)
 */
record MeetingForm(@Nullable String title, @Nullable String date, @Nullable String from, @Nullable String to,
		@Nullable String venue, @Nullable String city, @Nullable Integer capacity, @Nullable String quarterly,
		@Nullable Long version) {

	static MeetingForm blank(String groupTitle, LocalDate today) {
		return new MeetingForm(groupTitle, today.plusWeeks(4).toString(), "14:00", "17:00", "", "", 25, "ja", null);
	}

	static MeetingForm of(Event event) {
		LocalDateTime start = Berlin.local(event.startsAt());
		LocalDateTime end = Berlin.local(event.endsAt());
		return new MeetingForm(event.title(), start.toLocalDate().toString(), start.toLocalTime().toString(),
				end.toLocalTime().toString(), event.venue().name(), event.venue().city(), event.capacity(), null,
				event.version());
	}

	public boolean isQuarterly() {
		return "ja".equals(this.quarterly);
	}

	MeetingDraft toDraft() {
		return new MeetingDraft(this.title, parse(this.date, LocalDate::parse), parse(this.from, LocalTime::parse),
				parse(this.to, LocalTime::parse), this.venue, this.city, (this.capacity != null) ? this.capacity : 0);
	}

	private static <T> @Nullable T parse(@Nullable String text, java.util.function.Function<String, T> parser) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
