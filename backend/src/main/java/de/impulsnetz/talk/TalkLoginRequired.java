package de.impulsnetz.talk;

import org.springframework.security.access.AccessDeniedException;

/**
 * The talk is for members only and the reader is not signed in. Refused like every page
 * that needs a login: pages send the reader to the login and back, the API answers 401.
 */
public class TalkLoginRequired extends AccessDeniedException {

	public TalkLoginRequired(String key) {
		super("Talk " + key + " is for members only");
	}

}
