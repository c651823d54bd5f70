package de.impulsnetz.practice.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeFilter;
import de.impulsnetz.practice.watches.Watch;
import org.jspecify.annotations.Nullable;

/**
 * What a reader asked /praxis for: a value per facet, and the order. Values are kept as
 * the strings of the query, so a link built from them round-trips; which practices they
 * leave is decided by {@link PracticeFilter}, as for the API and the feeds.
 *
 * @param sortierung {@code neueste} (default), {@code aelteste} or {@code titel}
 * @param seite the page of the list, from 1; see
 * {@link de.impulsnetz.shared.web.PageLinks}
 * @param suche words to look for, answered by the site's search (only cases it finds
 * stay)
 */
record PracticeQuery(@Nullable String kanal, @Nullable String thema, @Nullable String kommune, @Nullable String art,
		@Nullable String region, @Nullable String sortierung, @Nullable String seite, @Nullable String suche) {

	/** The facets in the order the page shows them, with the query parameter of each. */
	enum Facet {

		KANAL(PracticeFilter.Part.CHANNEL), THEMA(PracticeFilter.Part.TOPIC), KOMMUNE(PracticeFilter.Part.MUNICIPALITY),
		ART(PracticeFilter.Part.INSTITUTION_KIND), REGION(PracticeFilter.Part.REGION);

		private final PracticeFilter.Part part;

		Facet(PracticeFilter.Part part) {
			this.part = part;
		}

	}

	@Nullable String value(Facet facet) {
		return filter().value(facet.part);
	}

	PracticeFilter filter() {
		return new PracticeFilter(this.kanal, this.thema, this.kommune, this.art, this.region);
	}

	/**
	 * What a member could watch from this view: the channel when one is chosen, else the
	 * topic.
	 */
	Optional<Map.Entry<Watch.Kind, String>> watchable() {
		if (present(this.kanal)) {
			return Optional.of(Map.entry(Watch.Kind.CHANNEL, this.kanal));
		}
		return present(this.thema) ? Optional.of(Map.entry(Watch.Kind.TOPIC, this.thema)) : Optional.empty();
	}

	public boolean isFiltered() {
		return hasText() || Stream.of(Facet.values()).anyMatch((facet) -> present(value(facet)));
	}

	/**
	 * Whether the reader searches for words.
	 */
	public boolean hasText() {
		return present(this.suche);
	}

	/**
	 * The practices that match every facet, in the order asked for.
	 */
	List<Practice> apply(List<Practice> practices, Map<String, Municipality> municipalities) {
		Comparator<Practice> order = switch (Objects.requireNonNullElse(this.sortierung, "neueste")) {
			case "titel" -> Comparator.comparing(Practice::title, Collator.getInstance(Locale.GERMAN));
			case "aelteste" ->
				Comparator.comparing(Practice::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()));
			default -> Comparator.comparing(Practice::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()));
		};
		PracticeFilter filter = filter();
		return practices.stream()
			.filter((practice) -> filter.matches(practice, regions(municipalities)))
			.sorted(order)
			.toList();
	}

	/**
	 * For each facet, every value with the number of practices it would leave, given the
	 * other facets as chosen (so a reader sees what switching the value would give).
	 */
	Map<Facet, Map<String, Long>> counts(List<Practice> practices, Map<String, Municipality> municipalities) {
		PracticeFilter filter = filter();
		Function<String, @Nullable String> regions = regions(municipalities);
		Map<Facet, Map<String, Long>> counts = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			Map<String, Long> values = new TreeMap<>();
			practices.stream()
				.filter((practice) -> filter.matchesAllBut(facet.part, practice, regions))
				.flatMap((practice) -> PracticeFilter.values(practice, facet.part, regions).stream().distinct())
				.forEach((value) -> values.merge(value, 1L, Long::sum));
			counts.put(facet, values);
		}
		return counts;
	}

	private static Function<String, @Nullable String> regions(Map<String, Municipality> municipalities) {
		return (slug) -> {
			Municipality municipality = municipalities.get(slug);
			return (municipality != null) ? municipality.region() : null;
		};
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
