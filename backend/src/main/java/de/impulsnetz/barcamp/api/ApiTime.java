package de.impulsnetz.barcamp.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import de.impulsnetz.shared.Berlin;

/**
 * Times in API requests: ISO 8601 with an offset ({@code 2027-06-09T09:30:00+02:00}) or
 * without one, then read as German local time ({@code 2027-06-09T09:30}).
 */
final class ApiTime {

	/** What {@link jakarta.validation.constraints.Pattern} checks before parsing. */
	static final String PATTERN = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?";

	private ApiTime() {
	}

	static Instant parse(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			return Berlin.instant(LocalDateTime.parse(text));
		}
	}

}
