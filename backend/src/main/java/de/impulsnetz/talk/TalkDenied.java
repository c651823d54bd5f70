package de.impulsnetz.talk;

import de.impulsnetz.shared.web.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member may not do this to this talk or series; the message key says why.
 */
public class TalkDenied extends ResponseStatusException implements Refusal {

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

	@Override
	public HttpStatusCode refusalStatus() {
		return getStatusCode();
	}

	@Override
	public String messageKey() {
		return this.reason;
	}

}
