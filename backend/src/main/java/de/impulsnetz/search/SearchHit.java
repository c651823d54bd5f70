package de.impulsnetz.search;

import java.time.Instant;

/**
 * One result.
 *
 * @param snippetHtml escaped text with the matches in {@code <mark>}
 */
public record SearchHit(String kind, String key, String title, String url, String snippetHtml, Instant date,
		float score) {

}
