package de.impulsnetz.distribution;

import de.impulsnetz.shared.web.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * Why the Verteiler does not do what was asked, as a status and a German message key:
 * pages show the message at the form or the error page, the API a problem detail.
 */
public class DistributionRefused extends ResponseStatusException implements Refusal {

	private final String messageKey;

	private DistributionRefused(HttpStatus status, String messageKey) {
		super(status, messageKey);
		this.messageKey = messageKey;
	}

	/**
	 * No such list or message, or none the member may see.
	 */
	static DistributionRefused notFound() {
		return new DistributionRefused(HttpStatus.NOT_FOUND, "distribution.refused.notFound");
	}

	/**
	 * The member may not do this on this list.
	 */
	static DistributionRefused denied(String messageKey) {
		return new DistributionRefused(HttpStatus.FORBIDDEN, messageKey);
	}

	/**
	 * The message cannot be taken as it is.
	 */
	static DistributionRefused invalid(String messageKey) {
		return new DistributionRefused(HttpStatus.BAD_REQUEST, messageKey);
	}

	/**
	 * The member has written as many messages as the hour allows.
	 */
	static DistributionRefused limitReached() {
		return new DistributionRefused(HttpStatus.TOO_MANY_REQUESTS, "distribution.refused.limit");
	}

	/**
	 * Whether the member can change her text and send it again (the form keeps it).
	 */
	public boolean concernsTheText() {
		return getStatusCode() == HttpStatus.BAD_REQUEST || getStatusCode() == HttpStatus.TOO_MANY_REQUESTS;
	}

	@Override
	public HttpStatusCode refusalStatus() {
		return getStatusCode();
	}

	@Override
	public String messageKey() {
		return this.messageKey;
	}

	@Override
	public Object[] messageArguments() {
		return new Object[] { Distribution.PER_HOUR };
	}

}
