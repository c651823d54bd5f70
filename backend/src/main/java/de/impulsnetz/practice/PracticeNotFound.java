package de.impulsnetz.practice;

/**
 * No practice with this slug.
 */
public class PracticeNotFound extends RuntimeException {

	public PracticeNotFound(String slug) {
		super("No practice " + slug);
	}

}
