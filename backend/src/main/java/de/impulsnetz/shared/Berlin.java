package de.impulsnetz.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

	public static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE);
	}

}
