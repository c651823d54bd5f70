package de.impulsnetz.practice.authoring;

import de.impulsnetz.practice.PracticeStatus;

/**
 * The workflow step does not fit where the practice stands, e.g. publishing a draft that
 * was never submitted.
 */
public class WrongStatus extends RuntimeException {

	private final PracticeStatus status;

	WrongStatus(PracticeStatus status) {
		super("Not possible in status " + status);
		this.status = status;
	}

	public PracticeStatus status() {
		return this.status;
	}

}
