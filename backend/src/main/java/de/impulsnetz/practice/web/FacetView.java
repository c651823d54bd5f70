package de.impulsnetz.practice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.PracticeFilter;
import de.impulsnetz.shared.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * One facet of /praxis as a select: its query parameter, the values with their counts,
 * which one is chosen.
 */
record FacetView(String parameter, String legendKey, List<Option> options) {

	record Option(String value, @Nullable String label, @Nullable String labelKey, long count, boolean selected) {

	}

	static List<FacetView> of(PracticeQuery query, Map<PracticeQuery.Facet, Map<String, Long>> counts,
			Map<String, Municipality> municipalities) {
		List<FacetView> views = new ArrayList<>();
		counts.forEach((facet, values) -> {
			String chosen = query.value(facet);
			List<Option> options = new ArrayList<>();
			values.forEach((value, count) -> options
				.add(option(facet, value, count, PracticeFilter.same(chosen, value), municipalities)));
			if (chosen != null && !chosen.isBlank()
					&& values.keySet().stream().noneMatch((value) -> PracticeFilter.same(chosen, value))) {
				options.add(option(facet, chosen, 0, true, municipalities));
			}
			String parameter = facet.name().toLowerCase(Locale.ROOT);
			views.add(new FacetView(parameter, "practice.facet." + parameter, options));
		});
		return views;
	}

	private static Option option(PracticeQuery.Facet facet, String value, long count, boolean selected,
			Map<String, Municipality> municipalities) {
		return switch (facet) {
			case KANAL -> new Option(value, null, Labels.key(Platform.class, value), count, selected);
			case ART -> new Option(value, null, Labels.key(MunicipalityKind.class, value), count, selected);
			case KOMMUNE ->
				new Option(value, municipalities.containsKey(value) ? municipalities.get(value).name() : value, null,
						count, selected);
			default -> new Option(value, value, null, count, selected);
		};
	}

}
