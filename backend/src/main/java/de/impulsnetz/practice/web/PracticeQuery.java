package de.impulsnetz.practice.web;

import java.text.Collator;
import java.util.ArrayList;
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
import de.impulsnetz.practice.watches.Watch;
import org.jspecify.annotations.Nullable;

/**
 * What a reader asked /praxis for: a value per facet, and the order. Values are kept as
 * the strings of the query, so a link built from them round-trips.
 *
 * @param sortierung {@code neueste} (default), {@code aelteste} or {@code titel}
 */
record PracticeQuery(@Nullable String kanal, @Nullable String thema, @Nullable String kommune, @Nullable String art,
		@Nullable String region, @Nullable String sortierung) {

	/** The facets in the order the page shows them, with the query parameter of each. */
	enum Facet {

		KANAL, THEMA, KOMMUNE, ART, REGION

	}

	@Nullable String value(Facet facet) {
		return switch (facet) {
			case KANAL -> this.kanal;
			case THEMA -> this.thema;
			case KOMMUNE -> this.kommune;
			case ART -> this.art;
			case REGION -> this.region;
		};
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
		return Stream.of(Facet.values()).anyMatch((facet) -> present(value(facet)));
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
		return practices.stream().filter((practice) -> matches(practice, municipalities, null)).sorted(order).toList();
	}

	/**
	 * For each facet, every value with the number of practices it would leave, given the
	 * other facets as chosen (so a reader sees what switching the value would give).
	 */
	Map<Facet, Map<String, Long>> counts(List<Practice> practices, Map<String, Municipality> municipalities) {
		Map<Facet, Map<String, Long>> counts = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			Map<String, Long> values = new TreeMap<>();
			practices.stream()
				.filter((practice) -> matches(practice, municipalities, facet))
				.flatMap((practice) -> values(practice, facet, municipalities).stream().distinct())
				.forEach((value) -> values.merge(value, 1L, Long::sum));
			counts.put(facet, values);
		}
		return counts;
	}

	private boolean matches(Practice practice, Map<String, Municipality> municipalities, @Nullable Facet ignored) {
		for (Facet facet : Facet.values()) {
			String wanted = value(facet);
			if (facet != ignored && present(wanted) && !values(practice, facet, municipalities).contains(wanted)) {
				return false;
			}
		}
		return true;
	}

	private static List<String> values(Practice practice, Facet facet, Map<String, Municipality> municipalities) {
		var content = practice.content();
		return switch (facet) {
			case KANAL -> content.channels().stream().map(Enum::name).toList();
			case THEMA -> content.topics();
			case KOMMUNE -> content.municipalities();
			case ART -> List.of(content.institutionKind().name());
			case REGION -> of(content.municipalities(), (slug) -> {
				Municipality municipality = municipalities.get(slug);
				return (municipality != null) ? municipality.region() : null;
			});
		};
	}

	private static List<String> of(List<String> slugs, Function<String, @Nullable String> lookup) {
		List<String> values = new ArrayList<>();
		for (String slug : slugs) {
			String value = lookup.apply(slug);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
