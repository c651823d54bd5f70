package de.impulsnetz.talk.captions;

import java.util.List;

/**
 * Chapters that cannot be saved; each error names the line (pasted text) or row (form,
 * API list) and the field that is wrong.
 */
public class ChaptersInvalid extends RuntimeException {

	private final List<Error> errors;

	public ChaptersInvalid(List<Error> errors) {
		super(errors.size() + " chapter errors");
		this.errors = List.copyOf(errors);
	}

	public List<Error> errors() {
		return this.errors;
	}

	/**
	 * @param position line number (from 1) of pasted text, or row index (from 0)
	 * @param field {@code start} or {@code title}
	 */
	public record Error(int position, String field, String messageKey, List<Object> arguments) {

		static Error of(int position, String field, String messageKey, Object... arguments) {
			return new Error(position, field, messageKey, List.of(arguments));
		}

	}

}
