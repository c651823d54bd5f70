package de.impulsnetz.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of content the index holds, each shown with its German name
 * ({@code enum.SearchKind.<NAME>}, see {@code shared.text.Labels}). A source of a kind
 * not listed here is refused when its first document arrives, so no result can show up
 * without a label.
 */
public enum SearchKind {

	/** Praxisbeispiele. */
	PRAXIS,

	/** Impulse (talks). */
	IMPULSE,

	/** Barcamp sessions with their notes. */
	SESSION,

	/** Arbeitsgruppen: their public part. */
	ARBEITSGRUPPE,

	/** Joint campaigns of the Arbeitsgruppen: their published material. */
	KAMPAGNE;

	/**
	 * How documents name the kind ({@link SearchDocument#kind()}).
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The kind a document names.
	 * @throws IllegalArgumentException for a kind not listed here
	 */
	public static SearchKind of(String id) {
		return Arrays.stream(values())
			.filter((kind) -> kind.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown search kind " + id + ": add it to SearchKind"));
	}

}
