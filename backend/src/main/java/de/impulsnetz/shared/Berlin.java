package de.impulsnetz.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

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

	public static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE);
	}

}
