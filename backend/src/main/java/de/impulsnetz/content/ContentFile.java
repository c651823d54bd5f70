package de.impulsnetz.content;

import java.util.regex.Pattern;

import de.impulsnetz.shared.text.Markdown;

/**
 * One file below {@code content/}, split into YAML front matter and Markdown body.
 *
 * @param path relative to {@code content/}, with forward slashes
 * @param text the whole file
 */
record ContentFile(String path, String text) {

	private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

	private static final String FENCE = "---";

	/**
	 * The file name without {@code .md}: the document's slug.
	 */
	String slug() {
		String name = this.path.substring(this.path.lastIndexOf('/') + 1);
		return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
	}

	/**
	 * The folder below the kind folder, e.g. {@code impulsreihe-x} for
	 * {@code impulse/impulsreihe-x/talk.md}.
	 */
	String folder() {
		String[] parts = this.path.split("/");
		return (parts.length > 2) ? parts[parts.length - 2] : "";
	}

	String hash() {
		return Markdown.sha256(this.text);
	}

	Parts split() {
		String[] lines = LINE_BREAK.split(this.text.startsWith("\uFEFF") ? this.text.substring(1) : this.text, -1);
		if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
			throw new ContentProblem(this.path, 1, "front matter must start with '---' on the first line");
		}
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].strip().equals(FENCE)) {
				String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
				String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length)).strip();
				return new Parts(yaml, 2, body);
			}
		}
		throw new ContentProblem(this.path, 1, "front matter is not closed by a '---' line");
	}

	/**
	 * @param firstYamlLine line number of the first front-matter line in the file
	 */
	record Parts(String yaml, int firstYamlLine, String body) {

	}

}
