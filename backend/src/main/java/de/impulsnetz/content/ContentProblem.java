package de.impulsnetz.content;

/**
 * Why one content file could not be imported, with the line to look at.
 */
class ContentProblem extends RuntimeException {

	private final String file;

	private final int line;

	private final String reason;

	ContentProblem(String file, int line, String reason) {
		super(file + ":" + line + ": " + reason);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	String file() {
		return this.file;
	}

	int line() {
		return this.line;
	}

	String reason() {
		return this.reason;
	}

}
