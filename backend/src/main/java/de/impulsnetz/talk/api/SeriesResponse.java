package de.impulsnetz.talk.api;

import java.util.List;

import de.impulsnetz.talk.TalkSeries;
import org.jspecify.annotations.Nullable;

/**
 * A series; {@code version} is what a change is based on.
 */
record SeriesResponse(String slug, String title, String organiser, List<String> coOrganisers, String description,
		String url, @Nullable Long version) {

	static SeriesResponse of(TalkSeries series) {
		return new SeriesResponse(series.slug(), series.title(), series.organiser(), series.coOrganisers(),
				series.description(), "/impulse/" + series.slug(), series.version());
	}

}
