package de.impulsnetz.workinggroup;

import de.impulsnetz.shared.web.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * No working group (or meeting, or action of it) at this address.
 */
public class GroupNotFound extends ResponseStatusException implements Refusal {

	private final String key;

	public GroupNotFound(String key) {
		super(HttpStatus.NOT_FOUND, key);
		this.key = key;
	}

	@Override
	public HttpStatusCode refusalStatus() {
		return getStatusCode();
	}

	@Override
	public String messageKey() {
		return this.key;
	}

}
