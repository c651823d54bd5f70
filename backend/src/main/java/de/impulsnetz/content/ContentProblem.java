package de.impulsnetz.content;

/**
 * Why one content file could not be imported, with the line to look at. A
 * {@link ContentKind} reports a file it cannot import by throwing or emitting one; the
 * other files still import.
 */
public final class ContentProblem extends RuntimeException {

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
