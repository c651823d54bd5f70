package de.impulsnetz.practice;

/**
 * The member already has as many of something (drafts, watches) as one member may; the
 * message key says which. Pages keep what was typed and say so; the API answers 429.
 */
public class PracticeLimitReached extends RuntimeException {

	private final String reason;

	public PracticeLimitReached(String reason) {
		super(reason);
		this.reason = reason;
	}

	/**
	 * Message key, e.g. {@code practice.limit.watches}.
	 */
	public String reason() {
		return this.reason;
	}

}
