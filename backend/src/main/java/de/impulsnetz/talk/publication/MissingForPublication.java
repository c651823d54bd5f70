package de.impulsnetz.talk.publication;

import java.util.List;

/**
 * One thing a talk still lacks before its recording may be published, e.g. German
 * captions or a speaker's consent: a message key and its arguments, shown on the editing
 * page and listed in the API's 409 problem detail.
 */
public record MissingForPublication(String messageKey, List<Object> arguments) {

	public MissingForPublication {
		arguments = List.copyOf(arguments);
	}

	public static MissingForPublication of(String messageKey, Object... arguments) {
		return new MissingForPublication(messageKey, List.of(arguments));
	}

}
