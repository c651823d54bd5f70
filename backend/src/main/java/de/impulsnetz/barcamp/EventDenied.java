package de.impulsnetz.barcamp;

/**
 * Something the member may not do at this event (HTTP 403); the key names the reason in
 * the message bundles.
 */
public final class EventDenied extends RuntimeException {

	private final String messageKey;

	public EventDenied(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
