package de.impulsnetz.talk;

import de.impulsnetz.shared.web.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * No talk (or series) at this address, or none this reader may know of.
 */
public class TalkNotFound extends ResponseStatusException implements Refusal {

	public TalkNotFound(String key) {
		super(HttpStatus.NOT_FOUND, "No talk " + key);
	}

	@Override
	public HttpStatusCode refusalStatus() {
		return getStatusCode();
	}

	@Override
	public String messageKey() {
		return "talk.notFound";
	}

}
