package de.impulsnetz.media;

import java.time.Instant;

/**
 * An image in the store: its public name (random, with the extension of its real type),
 * alt text and what was measured when it came in.
 */
public record StoredImage(String name, ImageType type, long size, int width, int height, String alt,
		Instant uploadedAt) {

	/** Where the site serves it. */
	public String path() {
		return Images.PATH + this.name;
	}

	/**
	 * The Markdown that shows it: square brackets and line breaks in the alt text would
	 * end the image syntax, so they are replaced.
	 */
	public String markdown() {
		String safeAlt = this.alt.replaceAll("[\\[\\]\\\\]", " ").replaceAll("\\s+", " ").strip();
		return "![" + safeAlt + "](" + path() + ")";
	}

}
