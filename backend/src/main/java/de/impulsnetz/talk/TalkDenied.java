package de.impulsnetz.talk;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member may not do this to this talk or series; the message key says why.
 */
public class TalkDenied extends ResponseStatusException {

	private final String reason;

	public TalkDenied(String reason) {
		super(HttpStatus.FORBIDDEN, reason);
		this.reason = reason;
	}

	/**
	 * Message key, e.g. {@code talk.denied.notOrganiser}.
	 */
	public String reason() {
		return this.reason;
	}

}
