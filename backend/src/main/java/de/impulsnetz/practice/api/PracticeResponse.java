package de.impulsnetz.practice.api;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Contact;
import de.impulsnetz.practice.Effort;
import de.impulsnetz.practice.KeyFigure;
import de.impulsnetz.practice.Link;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.practice.PracticeStatus;
import org.jspecify.annotations.Nullable;

/**
 * A whole Praxisbeispiel. Send {@code version} back with a change: a change based on an
 * older version is refused with 409.
 *
 * @param body Markdown; of a published case always the published text
 * @param pending a change in review, shown to the authoring municipalities and the
 * editors only; {@code null} when there is none
 */
record PracticeResponse(String slug, PracticeStatus status, String title, String teaser, List<String> municipalities,
		List<Platform> channels, List<String> topics, MunicipalityKind institutionKind, String body,
		@Nullable Effort effort, List<KeyFigure> results, List<Link> links, @Nullable Contact contact,
		@Nullable String inspiredBy, @Nullable String reviewComment, @Nullable Instant publishedAt, int revision,
		@Nullable Long version, String url, @Nullable Pending pending) {

	static PracticeResponse forAuthors(Practice practice) {
		return of(practice, true);
	}

	/**
	 * @param insider whether the reader may see a change in review
	 */
	static PracticeResponse of(Practice practice, boolean insider) {
		PracticeContent content = practice.content();
		return new PracticeResponse(practice.slug(), practice.status(), content.title(), content.teaser(),
				content.municipalities(), content.channels(), content.topics(), content.institutionKind(),
				content.body(), content.effort(), content.results(), content.links(), content.contact(),
				content.inspiredBy(), practice.reviewComment(), practice.publishedAt(), practice.revision(),
				practice.version(), "/praxis/" + practice.slug(),
				(insider && practice.pending() != null) ? new Pending(practice.pending().revision(),
						practice.pending().savedAt(), practice.pending().content(), practice.pending().returnComment())
						: null);
	}

	/**
	 * A change to the published text that waits for review: publish it with its
	 * {@code revision}; base further changes on the practice's {@code version}.
	 *
	 * @param reviewComment why the editors sent it back to the authors, who may submit it
	 * again; {@code null} while it waits for review
	 */
	record Pending(int revision, Instant savedAt, PracticeContent content, @Nullable String reviewComment) {

	}

}
