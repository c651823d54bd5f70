package de.impulsnetz.practice;

/**
 * No practice with this slug.
 */
public class PracticeNotFound extends RuntimeException {

	PracticeNotFound(String slug) {
		super("No practice " + slug);
	}

}
