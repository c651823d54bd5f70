package de.impulsnetz.workinggroup;

import de.impulsnetz.shared.web.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member may not do this in this working group; the message key says why. Pages
 * answer 403, the API a German problem detail.
 */
public class GroupDenied extends ResponseStatusException implements Refusal {

	private final String reason;

	public GroupDenied(String reason) {
		this(HttpStatus.FORBIDDEN, reason);
	}

	public GroupDenied(HttpStatus status, String reason) {
		super(status, reason);
		this.reason = reason;
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
