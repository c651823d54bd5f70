package de.impulsnetz.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with MongoDB: a full rebuild at start-up (after the content
 * import), each change as its feature announces it, and a periodic catch-up scan by
 * change time — which is what makes several app instances converge, since each hears only
 * its own events.
 */
@Component
@Order(10)
class SearchIndexer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	/**
	 * The scan looks back a little further than its last run, for clocks and slow saves.
	 */
	private static final Duration OVERLAP = Duration.ofSeconds(30);

	private final SearchIndex index;

	private final List<SearchSource> sources;

	private final Clock clock;

	private final AtomicReference<Instant> lastScan = new AtomicReference<>();

	private final AtomicBoolean scanning = new AtomicBoolean();

	SearchIndexer(SearchIndex index, List<SearchSource> sources, Clock clock) {
		this.index = index;
		this.sources = sources;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		int count = rebuild().block(Duration.ofMinutes(10));
		logger.info("Search index built: {} documents in {} ms", count, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Indexes everything the sources offer, and only that; returns how many documents.
	 */
	Mono<Integer> rebuild() {
		Instant started = this.clock.instant();
		// Searches see the old index until the refresh at the end.
		return Mono.fromRunnable(this.index::clear)
			.subscribeOn(Schedulers.boundedElastic())
			.thenMany(Flux.fromIterable(this.sources))
			.concatMap(SearchSource::all)
			.publishOn(Schedulers.boundedElastic())
			.doOnNext(this.index::put)
			.count()
			.map(Long::intValue)
			.doOnSuccess((count) -> {
				this.index.refresh();
				this.lastScan.set(started);
			});
	}

	@EventListener
	void onChange(SearchableChanged change) {
		reindex(change.kind(), change.key()).doOnSuccess((done) -> this.index.refresh())
			.subscribe(null, (failure) -> logger.warn("Search index not updated for {}:{}; the catch-up scan will",
					change.kind(), change.key(), failure));
	}

	/**
	 * Fetches everything changed since the last scan. The scan runs in the background:
	 * the scheduler's thread only starts it, so session clean-up and other scheduled work
	 * run on time however long the scan takes, and a scan still running skips the next
	 * turn.
	 */
	@Scheduled(fixedDelayString = "${impulsnetz.search.catch-up:PT1M}",
			initialDelayString = "${impulsnetz.search.catch-up:PT1M}")
	void catchUp() {
		Instant since = this.lastScan.get();
		if (since == null || !this.scanning.compareAndSet(false, true)) {
			return;
		}
		Instant started = this.clock.instant();
		Flux.fromIterable(this.sources)
			.concatMap((source) -> source.changedSince(since.minus(OVERLAP))
				.concatMap((key) -> reindex(source.kind(), key)))
			.then(Mono.fromRunnable(this.index::refresh))
			.subscribeOn(Schedulers.boundedElastic())
			.doOnSuccess((done) -> this.lastScan.set(started))
			.doFinally((signal) -> this.scanning.set(false))
			.subscribe(null, (failure) -> logger.warn("Search catch-up failed; the next scan tries again", failure));
	}

	/**
	 * Whether a catch-up scan is running.
	 */
	boolean scanning() {
		return this.scanning.get();
	}

	private Mono<Void> reindex(String kind, String key) {
		SearchSource source = this.sources.stream()
			.filter((candidate) -> candidate.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No search source " + kind));
		return source.one(key)
			.publishOn(Schedulers.boundedElastic())
			.doOnNext(this.index::put)
			.map((document) -> true)
			.defaultIfEmpty(false)
			.doOnNext((found) -> {
				if (!found) {
					this.index.remove(kind, key);
				}
			})
			.then();
	}

}
