package de.impulsnetz.practice.api;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Practice;
import org.jspecify.annotations.Nullable;

/**
 * A Praxisbeispiel in a list.
 *
 * @param url the page for people
 */
record PracticeSummaryResponse(String slug, String title, String teaser, List<String> municipalities,
		List<Platform> channels, List<String> topics, MunicipalityKind institutionKind, @Nullable Instant publishedAt,
		String url) {

	static PracticeSummaryResponse of(Practice practice) {
		var content = practice.content();
		return new PracticeSummaryResponse(practice.slug(), content.title(), content.teaser(), content.municipalities(),
				content.channels(), content.topics(), content.institutionKind(), practice.publishedAt(),
				"/praxis/" + practice.slug());
	}

}
