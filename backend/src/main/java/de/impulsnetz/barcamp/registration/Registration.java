package de.impulsnetz.barcamp.registration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One person's registration, as kept in the event's {@link Roster}.
 *
 * @param email where the waiting-list mail goes
 * @param promotedAt when the person moved up from the waiting list
 */
public record Registration(String memberId, String name, @Nullable String email, @Nullable String municipality,
		Instant registeredAt, @Nullable Instant promotedAt) {

	Registration promoted(Instant now) {
		return new Registration(this.memberId, this.name, this.email, this.municipality, this.registeredAt, now);
	}

}
