package de.impulsnetz.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The secret in a member's personal calendar addresses (the starred sessions, the
 * campaign plans): calendar apps cannot log in, so the address itself is the proof. A new
 * token makes every old address stop working.
 *
 * @param municipality the member's municipality when they last looked at one of their
 * calendar addresses logged in; what a feed may show is decided with it
 * @param roles the member's roles at that moment, likewise
 */
@Document("calendarTokens")
public record CalendarToken(@Id String memberId, @Indexed(unique = true) String token, Instant createdAt,
		@Nullable String municipality, @Nullable Set<Role> roles) {

	/**
	 * Does this token still describe the member as they are now?
	 */
	boolean standsFor(Member member) {
		return Objects.equals(this.municipality, member.municipality())
				&& member.roles().equals((this.roles != null) ? Set.copyOf(this.roles) : Set.of());
	}

}
