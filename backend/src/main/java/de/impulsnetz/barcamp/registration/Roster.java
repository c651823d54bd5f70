package de.impulsnetz.barcamp.registration;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everyone registered for one event, in one document: confirmed participants and the
 * waiting list in order. Every change is one atomic single-document update whose
 * condition checks the seats ({@code confirmedCount < capacity}), so capacity holds under
 * concurrent registrations without transactions.
 *
 * @param event the event's slug
 * @param confirmedCount always the size of {@code confirmed}; kept so that the condition
 * is a plain comparison
 */
@Document("rosters")
public record Roster(@Id String event, List<Registration> confirmed, List<Registration> waiting, int confirmedCount) {

	public Roster {
		confirmed = (confirmed != null) ? List.copyOf(confirmed) : List.of();
		waiting = (waiting != null) ? List.copyOf(waiting) : List.of();
	}

	static Roster empty(String event) {
		return new Roster(event, List.of(), List.of(), 0);
	}

	public Optional<RegistrationStatus> statusOf(String memberId) {
		if (this.confirmed.stream().anyMatch((registration) -> registration.memberId().equals(memberId))) {
			return Optional.of(RegistrationStatus.BESTAETIGT);
		}
		if (this.waiting.stream().anyMatch((registration) -> registration.memberId().equals(memberId))) {
			return Optional.of(RegistrationStatus.WARTELISTE);
		}
		return Optional.empty();
	}

	/**
	 * 1 for the first on the waiting list.
	 */
	public int waitingPosition(String memberId) {
		for (int i = 0; i < this.waiting.size(); i++) {
			if (this.waiting.get(i).memberId().equals(memberId)) {
				return i + 1;
			}
		}
		return 0;
	}

	public Stream<Registration> everyone() {
		return Stream.concat(this.confirmed.stream(), this.waiting.stream());
	}

}
