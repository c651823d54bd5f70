package de.impulsnetz.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index knows of one piece of content.
 *
 * @param kind the feature it belongs to, e.g. {@code praxis}; with key it identifies the
 * document
 * @param key stable within its kind, e.g. a slug
 * @param tags topics, channels, municipalities: searchable and weighted like the title
 * @param text the body as plain text or Markdown
 * @param url where people read it
 * @param date what recency is judged by (publication)
 */
public record SearchDocument(String kind, String key, String title, String summary, List<String> tags, String text,
		String url, Instant date) {

	public SearchDocument {
		tags = List.copyOf(tags);
	}

	String id() {
		return this.kind + ":" + this.key;
	}

}
