package de.impulsnetz.practice.web;

import java.util.List;
import java.util.Map;

import de.impulsnetz.municipality.Municipality;

/**
 * A link to an authoring municipality.
 */
record MunicipalityRef(String slug, String name) {

	static List<MunicipalityRef> of(List<String> slugs, Map<String, Municipality> known) {
		return slugs.stream()
			.map((slug) -> new MunicipalityRef(slug, known.containsKey(slug) ? known.get(slug).name() : slug))
			.toList();
	}

}
