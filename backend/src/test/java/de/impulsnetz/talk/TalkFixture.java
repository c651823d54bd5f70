package de.impulsnetz.talk;

import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.impulsnetz.content.ImportStamp;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Series and talks of their own for tests, with unique addresses, stored the way the
 * content import stores them.
 */
public final class TalkFixture {

	private final TalkLibrary library;

	public TalkFixture(TalkLibrary library) {
		this.library = library;
	}

	/**
	 * A new series organised by the municipality (e.g. {@code stadt-altena}, where
	 * {@code Members.ORGANISER} organises).
	 */
	public TalkSeries series(String title, String organiser) {
		String slug = "test-reihe-" + UUID.randomUUID().toString().substring(0, 8);
		this.library
			.importFromContent(
					new TalkSeries(null, slug, title, organiser, "Eine Reihe für Tests.", stamp(slug), null, null))
			.block();
		return this.library.series(slug).block();
	}

	public Talk talk(TalkSeries series, String title, Instant startsAt, String summary) {
		String slug = "vortrag-" + UUID.randomUUID().toString().substring(0, 8);
		this.library
			.importFromContent(new Talk(null, series.slug(), slug, title, startsAt, 45,
					List.of(new Speaker("Paula Podium", "Kreis Steinfurt")), summary, stamp(slug), null, null))
			.block();
		return this.library.talk(series.slug(), slug).block();
	}

	/**
	 * A published talk whose speaker agreed to the recording and its publication: what
	 * readers may play.
	 */
	public Talk publishedTalk(TalkSeries series, String title, Instant startsAt) {
		String slug = "vortrag-" + UUID.randomUUID().toString().substring(0, 8);
		this.library
			.importFromContent(new Talk(null, series.slug(), slug, title, startsAt, 45,
					List.of(new Speaker("Paula Podium", "Kreis Steinfurt", null,
							new Consent(true, true, Licence.CC_BY_4_0))),
					"", null, TalkState.PUBLISHED, Visibility.PUBLIC, "", stamp(slug), null, null))
			.block();
		return this.library.talk(series.slug(), slug).block();
	}

	/**
	 * The talk published with this visibility and every speaker's consent set to this,
	 * written straight to MongoDB.
	 */
	public static Talk published(ReactiveMongoTemplate mongo, Talk talk, Visibility visibility, Consent consent) {
		return mongo
			.save(new Talk(talk.id(), talk.series(), talk.slug(), talk.title(), talk.startsAt(), talk.durationMinutes(),
					talk.speakers().stream().map((speaker) -> speaker.withConsent(consent)).toList(),
					talk.abstractText(), talk.event(), TalkState.PUBLISHED, visibility, talk.summary(),
					talk.importStamp(), talk.editedAt(), talk.version()))
			.block();
	}

	private static ImportStamp stamp(String slug) {
		return new ImportStamp("test/" + slug + ".md", UUID.randomUUID().toString(), Instant.now());
	}

}
