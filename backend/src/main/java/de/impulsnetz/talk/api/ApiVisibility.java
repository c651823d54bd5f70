package de.impulsnetz.talk.api;

import de.impulsnetz.talk.Visibility;

/**
 * Who reads a talk, as the API names it.
 */
enum ApiVisibility {

	OEFFENTLICH(Visibility.PUBLIC), MITGLIEDER(Visibility.MEMBERS);

	private final Visibility visibility;

	ApiVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	Visibility visibility() {
		return this.visibility;
	}

	static ApiVisibility of(Visibility visibility) {
		return (visibility == Visibility.MEMBERS) ? MITGLIEDER : OEFFENTLICH;
	}

}
