package de.impulsnetz.practice.web;

import org.jspecify.annotations.Nullable;

/**
 * The form of an on/off button (hilfreich, übernommen, ausblenden).
 *
 * @param wert {@code ja} to set, anything else to take back
 */
public record Toggle(@Nullable String wert) {

	public boolean on() {
		return "ja".equals(this.wert);
	}

}
