package de.impulsnetz.practice.authoring.web;

import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeStatus;

/**
 * A Praxisbeispiel as the authoring pages name and link it.
 *
 * @param changeReturned an editor sent the change to the published text back: the authors
 * work on it like on a draft and submit it again
 */
record PracticeRef(String slug, String title, PracticeStatus status, boolean changeReturned) {

	static PracticeRef of(Practice practice) {
		return new PracticeRef(practice.slug(), practice.title(), practice.status(), practice.hasReturnedChange());
	}

}
