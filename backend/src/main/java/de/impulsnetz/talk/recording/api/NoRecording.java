package de.impulsnetz.talk.recording.api;

/**
 * The talk has no recording yet.
 */
class NoRecording extends RuntimeException {

	NoRecording() {
		super("no recording uploaded");
	}

}
