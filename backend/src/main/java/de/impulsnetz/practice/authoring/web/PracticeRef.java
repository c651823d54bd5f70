package de.impulsnetz.practice.authoring.web;

import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeStatus;

/**
 * A Praxisbeispiel as the authoring pages name and link it.
 */
record PracticeRef(String slug, String title, PracticeStatus status) {

	static PracticeRef of(Practice practice) {
		return new PracticeRef(practice.slug(), practice.title(), practice.status());
	}

}
