package de.impulsnetz.talk.summary.api;

import java.time.Instant;

import de.impulsnetz.talk.summary.EditedSummary;
import de.impulsnetz.talk.summary.Summary;
import org.jspecify.annotations.Nullable;

/**
 * A talk's summary as its organisers see it. Send {@code version} back with the next
 * change or publication.
 *
 * @param markdown the latest saved text (before the first save: the talk's summary from
 * the content files)
 * @param version the latest saved version, 0 before the first save
 * @param publishedVersion the version readers see, {@code null} before the first
 * publication
 */
record SummaryResponse(String markdown, int version, @Nullable Integer publishedVersion, @Nullable Instant publishedAt,
		String url) {

	static SummaryResponse of(EditedSummary edited) {
		Summary summary = edited.summary();
		return new SummaryResponse(edited.markdown(), edited.version(),
				(summary != null) ? summary.publishedRevision() : null,
				(summary != null) ? summary.publishedAt() : null, "/impulse/" + edited.talk().key());
	}

	static SummaryResponse of(Summary summary) {
		return new SummaryResponse(summary.markdown(), summary.revision(), summary.publishedRevision(),
				summary.publishedAt(), "/impulse/" + summary.series() + "/" + summary.slug());
	}

}
