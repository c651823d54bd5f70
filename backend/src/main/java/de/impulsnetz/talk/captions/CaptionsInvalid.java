package de.impulsnetz.talk.captions;

import java.util.List;

/**
 * A caption file or language that cannot be used; the message key (under
 * {@code talk.captions.invalid.*}) and its arguments say why, and {@link #line()} where:
 * 0 when the whole file or the language is wrong.
 */
public class CaptionsInvalid extends RuntimeException {

	private final String messageKey;

	private final int line;

	private final List<Object> arguments;

	public CaptionsInvalid(int line, String messageKey, Object... arguments) {
		super(messageKey + " at line " + line);
		this.messageKey = messageKey;
		this.line = line;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public int line() {
		return this.line;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
