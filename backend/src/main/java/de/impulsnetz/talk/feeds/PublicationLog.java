package de.impulsnetz.talk.feeds;

import java.time.Clock;
import java.time.Instant;

import de.impulsnetz.talk.publication.TalkPublished;
import de.impulsnetz.talk.feeds.Publication.Kind;
import de.impulsnetz.talk.summary.SummaryPublished;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Notes every publication of a summary or a recording, for the series' feed. Whether a
 * reader may still see it (a recording taken offline, a talk made members-only), the feed
 * asks when it is read.
 */
@Component
class PublicationLog {

	private static final Sort LATEST_FIRST = Sort.by(Sort.Direction.DESC, "updatedAt");

	private final PublicationRepository publications;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	PublicationLog(PublicationRepository publications, ReactiveMongoTemplate mongo, Clock clock) {
		this.publications = publications;
		this.mongo = mongo;
		this.clock = clock;
	}

	Flux<Publication> latest(String series, int count) {
		return this.publications.findBySeries(series, PageRequest.of(0, count, LATEST_FIRST));
	}

	@EventListener
	Mono<Void> onSummaryPublished(SummaryPublished published) {
		return note(published.talkId(), published.series(), published.slug(), Kind.SUMMARY);
	}

	@EventListener
	Mono<Void> onTalkPublished(TalkPublished published) {
		return note(published.talkId(), published.series(), published.slug(), Kind.RECORDING);
	}

	/**
	 * One atomic upsert, so that two publications at once leave one entry.
	 */
	private Mono<Void> note(String talkId, String series, String slug, Kind kind) {
		Instant now = this.clock.instant();
		Query query = Query.query(Criteria.where("_id").is(Publication.id(talkId, kind)));
		Update update = new Update().set("talkId", talkId)
			.set("series", series)
			.set("slug", slug)
			.set("kind", kind)
			.set("updatedAt", now)
			.setOnInsert("firstAt", now);
		return this.mongo
			.findAndModify(query, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
					Publication.class)
			.onErrorResume(DuplicateKeyException.class,
					(raced) -> this.mongo.findAndModify(query, update, Publication.class))
			.then();
	}

}
