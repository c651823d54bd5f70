package de.impulsnetz.shared.web;

import org.springframework.http.HttpStatusCode;

/**
 * A refusal that says why in German: its status and a message key. The API writes it as a
 * problem detail with that message wherever it is thrown, so features need no handler of
 * their own for it.
 */
public interface Refusal {

	HttpStatusCode refusalStatus();

	/**
	 * Message key of the German detail, e.g. {@code talk.denied.notOrganiser}.
	 */
	String messageKey();

	default Object[] messageArguments() {
		return new Object[0];
	}

}
