package de.impulsnetz.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The platform's wall clock: dates and times are entered and shown in German local time
 * and stored as instants.
 */
public final class Berlin {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private Berlin() {
	}

	public static Instant instant(LocalDateTime local) {
		return local.atZone(ZONE).toInstant();
	}

	public static Instant startOfDay(LocalDate date) {
		return date.atStartOfDay(ZONE).toInstant();
	}

	/**
	 * The instant as German local time with its offset, as APIs and feeds show it.
	 */
	public static OffsetDateTime offset(Instant instant) {
		return instant.atZone(ZONE).toOffsetDateTime();
	}

	/**
	 * ISO 8601 with seconds and offset, e.g. {@code 2027-06-09T10:45:00+02:00}, as XML
	 * Schema's dateTime needs it.
	 */
	public static String iso(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset(instant));
	}

	public static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE);
	}

}
