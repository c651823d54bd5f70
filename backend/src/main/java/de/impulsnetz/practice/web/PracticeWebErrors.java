package de.impulsnetz.practice.web;

import de.impulsnetz.practice.authoring.ChangedSinceReview;
import de.impulsnetz.practice.authoring.PracticeConflict;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeLimitReached;
import de.impulsnetz.practice.PracticeNotFound;
import de.impulsnetz.practice.authoring.WrongStatus;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns the knowledge base's refusals into the status pages readers know.
 */
public final class PracticeWebErrors {

	private PracticeWebErrors() {
	}

	public static Throwable toStatus(Throwable failure) {
		if (failure instanceof PracticeDenied) {
			return new ResponseStatusException(HttpStatus.FORBIDDEN, failure.getMessage());
		}
		if (failure instanceof PracticeLimitReached) {
			return new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, failure.getMessage());
		}
		if (failure instanceof PracticeNotFound) {
			return new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (failure instanceof WrongStatus || failure instanceof PracticeConflict
				|| failure instanceof ChangedSinceReview) {
			return new ResponseStatusException(HttpStatus.CONFLICT, failure.getMessage());
		}
		return failure;
	}

}
