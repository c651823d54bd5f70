package de.impulsnetz.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catch-up scan runs beside the scheduler, not on its thread: other scheduled work
 * (session clean-up, provisioning retries) stays on time however long a scan takes.
 */
class SearchIndexerTests {

	private final SearchIndex index = new SearchIndex();

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	@Test
	void aSlowScanNeitherHoldsTheSchedulerNorRunsTwice() {
		Sinks.Empty<Void> release = Sinks.empty();
		AtomicInteger scans = new AtomicInteger();
		SearchSource slow = new SearchSource() {

			@Override
			public String kind() {
				return "langsam";
			}

			@Override
			public Flux<SearchDocument> all() {
				return Flux.empty();
			}

			@Override
			public Mono<SearchDocument> one(String key) {
				return Mono.empty();
			}

			@Override
			public Flux<String> changedSince(Instant since) {
				scans.incrementAndGet();
				return release.asMono().thenMany(Flux.empty());
			}

		};
		SearchIndexer indexer = new SearchIndexer(this.index, List.of(slow), Clock.systemUTC());
		indexer.run(null);

		// Returns at once although the scan waits for the release.
		indexer.catchUp();
		assertThat(indexer.scanning()).isTrue();
		indexer.catchUp();
		await().until(() -> scans.get() == 1);
		assertThat(scans.get()).isEqualTo(1);

		release.tryEmitEmpty();
		await().until(() -> !indexer.scanning());
		indexer.catchUp();
		await().until(() -> scans.get() == 2);
	}

}
