package de.impulsnetz.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One result.
 *
 * @param url where the hit is: the document, or the anchor before its first match
 * @param snippetHtml escaped text with the matches in {@code <mark>}
 * @param place the label of that anchor (e.g. {@code 12:34}), or {@code null} when the
 * hit links to the document as a whole
 */
public record SearchHit(String kind, String key, String title, String url, String snippetHtml, Instant date,
		float score, @Nullable String place) {

	/**
	 * The bundle key of the kind's name, e.g. {@code enum.SearchKind.PRAXIS} (the
	 * convention of {@code shared.text.Labels}, which this module may not use).
	 */
	public String kindLabel() {
		return "enum.SearchKind." + SearchKind.of(this.kind).name();
	}

}
