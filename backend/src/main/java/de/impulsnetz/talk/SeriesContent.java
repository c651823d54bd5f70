package de.impulsnetz.talk;

import java.util.List;

/**
 * What organisers write about a series.
 *
 * @param organiser slug of the organising municipality
 * @param coOrganisers slugs of the co-organising municipalities
 * @param description Markdown
 */
public record SeriesContent(String title, String organiser, List<String> coOrganisers, String description) {

	public SeriesContent {
		coOrganisers = List.copyOf(coOrganisers.stream().filter((slug) -> !slug.equals(organiser)).distinct().toList());
		description = (description != null) ? description : "";
	}

}
