package de.impulsnetz.site;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import de.impulsnetz.shared.work.ContentChanged;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one place that hears of changes readers could see, and drops what was kept of them:
 * the {@link PageCache} and, through {@link ContentChanged}, the copies of shared content
 * in memory.
 *
 * <p>
 * A change is: every domain event (a record of this application published as an
 * application event — a comment answered, a case published, a plan changed, a
 * municipality renamed, the content import), and every write request that got through
 * ({@link PageCacheFilter}), so also the changes that announce no event (a "Hilfreich", a
 * vote). The whole cache is dropped: pages are rendered again on demand, one render per
 * page in use, which costs less than knowing which pages a change touches.
 *
 * <p>
 * Other instances learn of it through a counter in MongoDB: a change counts it up
 * (changes that come while that write is under way are counted together by the next
 * poll), and every {@code impulsnetz.page-cache.poll} each instance reads it and drops
 * its pages when someone else counted.
 */
@Component
class PageChanges {

	static final String COLLECTION = "pageChanges";

	private static final Logger logger = LoggerFactory.getLogger(PageChanges.class);

	private static final String ID = "pages";

	private static final String GENERATION = "generation";

	private final PageCache cache;

	private final ReactiveMongoTemplate mongo;

	private final ApplicationEventPublisher events;

	/** The highest counter value this instance has seen; -1 before the first look. */
	private final AtomicLong seen = new AtomicLong(-1);

	private final AtomicBoolean dirty = new AtomicBoolean();

	private final AtomicBoolean polling = new AtomicBoolean();

	PageChanges(PageCache cache, ReactiveMongoTemplate mongo, ApplicationEventPublisher events) {
		this.cache = cache;
		this.mongo = mongo;
		this.events = events;
	}

	/**
	 * Something readers see changed here: drops it now, in the caller's thread (so before
	 * the change's answer is sent), and tells the other instances in the background — at
	 * once, or with the next poll when one is under way.
	 */
	void changed() {
		drop();
		this.dirty.set(true);
		poll();
	}

	@EventListener
	void onDomainEvent(PayloadApplicationEvent<?> event) {
		Object payload = event.getPayload();
		if (!(payload instanceof ContentChanged) && payload.getClass().getPackageName().startsWith("de.impulsnetz.")) {
			changed();
		}
	}

	/**
	 * Pages rendered while the content import ran at start-up are not kept.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		drop();
	}

	@Scheduled(fixedDelayString = "${impulsnetz.page-cache.poll}", initialDelayString = "${impulsnetz.page-cache.poll}")
	void poll() {
		if (!this.polling.compareAndSet(false, true)) {
			return;
		}
		exchange().doFinally((signal) -> this.polling.set(false))
			.subscribe(null, (failure) -> logger.warn("Page cache could not compare changes with other instances; "
					+ "trying again with the next poll: {}", failure.toString()));
	}

	/**
	 * Counts the shared counter up when this instance changed something since the last
	 * time, else reads it; drops the pages when another instance counted in between.
	 */
	Mono<Void> exchange() {
		if (this.dirty.getAndSet(false)) {
			return this.mongo
				.findAndModify(Query.query(Criteria.where("_id").is(ID)), new Update().inc(GENERATION, 1L),
						FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
				.map(PageChanges::generation)
				.doOnNext((counted) -> {
					long before = this.seen.getAndAccumulate(counted, Math::max);
					if (counted > before + 1) {
						drop();
					}
				})
				.doOnError((failure) -> this.dirty.set(true))
				.then();
		}
		return this.mongo.findById(ID, Document.class, COLLECTION)
			.map(PageChanges::generation)
			.defaultIfEmpty(0L)
			.doOnNext((current) -> {
				long before = this.seen.getAndAccumulate(current, Math::max);
				if (current > before) {
					drop();
				}
			})
			.then();
	}

	private void drop() {
		this.cache.clear();
		this.events.publishEvent(new ContentChanged());
	}

	private static long generation(Document document) {
		Number generation = (Number) document.get(GENERATION);
		return (generation != null) ? generation.longValue() : 0L;
	}

}
