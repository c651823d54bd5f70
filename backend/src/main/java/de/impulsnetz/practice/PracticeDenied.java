package de.impulsnetz.practice;

/**
 * The member may not do this to this practice; the message key says why.
 */
public class PracticeDenied extends RuntimeException {

	private final String reason;

	public PracticeDenied(String reason) {
		super(reason);
		this.reason = reason;
	}

	/**
	 * Message key, e.g. {@code practice.denied.ownCase}.
	 */
	public String reason() {
		return this.reason;
	}

}
