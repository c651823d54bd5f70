package de.impulsnetz.talk.authoring;

import java.util.List;

/**
 * What the member sent names something that does not exist (a municipality, a speaker);
 * the message key and its arguments say what.
 */
public class TalkInvalid extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	TalkInvalid(String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
