package de.impulsnetz.barcamp.plan;

/**
 * A planning step that cannot be done (the cell is taken, the slot takes no sessions);
 * the key names the reason in the message bundles.
 */
public final class PlanRefused extends RuntimeException {

	private final String messageKey;

	public PlanRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
