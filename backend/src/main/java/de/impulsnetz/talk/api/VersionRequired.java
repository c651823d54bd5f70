package de.impulsnetz.talk.api;

/**
 * A change came without the version it is based on, so it could overwrite someone else's.
 */
class VersionRequired extends RuntimeException {

	VersionRequired() {
		super("version required");
	}

}
