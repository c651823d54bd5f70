package de.impulsnetz.barcamp.personal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The secret in a member's personal calendar address: calendar apps cannot log in, so the
 * address itself is the proof. A new token makes the old address stop working.
 */
@Document("calendarTokens")
public record CalendarToken(@Id String memberId, @Indexed(unique = true) String token, Instant createdAt) {

}
