package de.impulsnetz.barcamp.proposal;

/**
 * A vote that cannot be cast; the message key says why.
 */
public final class VoteRefused extends RuntimeException {

	private final String messageKey;

	public VoteRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
