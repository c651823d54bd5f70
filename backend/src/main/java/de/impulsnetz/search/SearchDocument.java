package de.impulsnetz.search;

import java.time.Instant;
import java.util.Comparator;
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
 * @param anchors places in the text with their own address, by offset
 * @param references other documents it names, each as {@code kind:key} (see
 * {@link Search#referencing})
 */
public record SearchDocument(String kind, String key, String title, String summary, List<String> tags, String text,
		String url, Instant date, List<SearchAnchor> anchors, List<String> references) {

	public SearchDocument {
		tags = List.copyOf(tags);
		anchors = anchors.stream().sorted(Comparator.comparingInt(SearchAnchor::offset)).toList();
		references = List.copyOf(references);
	}

	/**
	 * A document without anchors or references.
	 */
	public SearchDocument(String kind, String key, String title, String summary, List<String> tags, String text,
			String url, Instant date) {
		this(kind, key, title, summary, tags, text, url, date, List.of(), List.of());
	}

	/**
	 * How another document is named in {@link #references()}.
	 */
	public static String reference(String kind, String key) {
		return kind + ":" + key;
	}

	String id() {
		return reference(this.kind, this.key);
	}

}
