package de.impulsnetz.practice.web;

import de.impulsnetz.practice.PracticeConflict;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeNotFound;
import de.impulsnetz.practice.WrongStatus;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns the knowledge base's refusals into the status pages readers know.
 */
final class PracticeWebErrors {

	private PracticeWebErrors() {
	}

	static Throwable toStatus(Throwable failure) {
		if (failure instanceof PracticeDenied) {
			return new ResponseStatusException(HttpStatus.FORBIDDEN, failure.getMessage());
		}
		if (failure instanceof PracticeNotFound) {
			return new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (failure instanceof WrongStatus || failure instanceof PracticeConflict) {
			return new ResponseStatusException(HttpStatus.CONFLICT, failure.getMessage());
		}
		return failure;
	}

}
