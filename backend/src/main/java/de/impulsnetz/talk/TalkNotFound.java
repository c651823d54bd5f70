package de.impulsnetz.talk;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No talk (or series) at this address, or none this reader may know of.
 */
public class TalkNotFound extends ResponseStatusException {

	public TalkNotFound(String key) {
		super(HttpStatus.NOT_FOUND, "No talk " + key);
	}

}
