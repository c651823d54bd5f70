package de.impulsnetz.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * A confirmation a page shows after an action: its message key and the place on the page
 * where the action was (the fragment {@code fragments/_feedback :: notice} at that place
 * renders it).
 *
 * @param key the message key
 * @param place where on the page it appears, e.g. {@code "pruefung"} or {@code "fragen"}
 * @param about the item of a list the action was on (a proposal's slug), carried as the
 * flag's value ({@code ?abgestimmt=krisen-posts});
 * {@code fragments/_feedback :: noticeAt} renders the notice at that item; {@code null}
 * if the action was not on an item
 * @param warning the action was refused: the message is a warning, not a confirmation
 */
public record Notice(String key, String place, @Nullable String about, boolean warning) {

	/**
	 * The id of the message element: redirects end in this anchor, so the browser scrolls
	 * to the message itself and never past it.
	 */
	public static final String ANCHOR = "meldung";

	/**
	 * A confirmation at a place of the page.
	 */
	public Notice(String key, String place) {
		this(key, place, null, false);
	}

	/**
	 * Whether the notice shows at this place of the page and, for a notice about an item,
	 * at this item.
	 */
	public boolean isAt(String place, @Nullable String item) {
		return this.place.equals(place) && (this.about == null || this.about.equals(item));
	}

	/**
	 * The same notice at another place, for when the item it is about is no longer on the
	 * page (a withdrawn proposal).
	 */
	public Notice movedTo(String otherPlace) {
		return new Notice(this.key, otherPlace, null, this.warning);
	}

}
