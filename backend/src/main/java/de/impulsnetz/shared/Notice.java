package de.impulsnetz.shared;

/**
 * A confirmation a page shows after an action: its message key and the place on the page
 * where the action was (the fragment {@code fragments/_feedback :: notice} at that place
 * renders it).
 *
 * @param key the message key
 * @param place where on the page it appears, e.g. {@code "pruefung"} or {@code "fragen"}
 */
public record Notice(String key, String place) {

	/**
	 * The id of the message element: redirects end in this anchor, so the browser scrolls
	 * to the message itself and never past it.
	 */
	public static final String ANCHOR = "meldung";

}
