package de.impulsnetz.barcamp.api;

import java.time.OffsetDateTime;

import de.impulsnetz.barcamp.registration.Registration;
import de.impulsnetz.barcamp.registration.RegistrationStatus;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;

/**
 * A registration as the API shows it.
 *
 * @param position place on the waiting list (1 = next), {@code null} when confirmed
 */
record RegistrationResponse(String memberId, String name, @Nullable String municipality, RegistrationStatus status,
		@Nullable Integer position, OffsetDateTime registeredAt) {

	static RegistrationResponse of(Registration registration, RegistrationStatus status, @Nullable Integer position) {
		return new RegistrationResponse(registration.memberId(), registration.name(), registration.municipality(),
				status, position, Berlin.offset(registration.registeredAt()));
	}

}
