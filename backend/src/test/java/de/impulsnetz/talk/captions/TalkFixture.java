package de.impulsnetz.talk.captions;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkSeries;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * A series of the Stadt Altena (organised by {@code Members.ORGANISER}) with one
 * published talk whose speaker agreed, each under a fresh address so that tests share the
 * database without meeting.
 */
final class TalkFixture {

	static final String ORGANISER = "stadt-altena";

	private static final AtomicInteger COUNT = new AtomicInteger();

	private TalkFixture() {
	}

	/**
	 * Written straight to MongoDB: the talk's own authoring is not this package's to use.
	 */
	static Talk talk(ReactiveMongoTemplate mongo) {
		String series = "untertitel-test-" + System.nanoTime() + "-" + COUNT.incrementAndGet();
		mongo.insert(new TalkSeries(null, series, "Untertitel-Testreihe", ORGANISER, "Reihe", null, null, null))
			.block();
		return mongo
			.insert(new Talk(null, series, "vortrag", "Bürgergeld verständlich", Instant.parse("2026-03-01T10:00:00Z"),
					60,
					List.of(new Speaker("Anna Beispiel", "Jobcenter", null,
							new Consent(true, true, Licence.CC_BY_4_0))),
					"", null, TalkState.PUBLISHED, Visibility.PUBLIC, "", null, null, null))
			.block();
	}

	/**
	 * The talk published with every speaker's consent: what anyone may play.
	 */
	static Talk published(ReactiveMongoTemplate mongo, Talk talk) {
		return de.impulsnetz.talk.TalkFixture.published(mongo, talk, talk.visibility(),
				new Consent(true, true, Licence.ALL_RIGHTS_RESERVED));
	}

	static String base(Talk talk) {
		return "/impulse/" + talk.series() + "/" + talk.slug();
	}

	static String api(Talk talk) {
		return "/api/v1/impulse/" + talk.series() + "/vortraege/" + talk.slug();
	}

}
