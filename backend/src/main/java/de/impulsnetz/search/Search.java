package de.impulsnetz.search;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/**
 * Searching, for pages and the API: off the event loop.
 */
@Service
public class Search {

	/** Longer queries are cut; nobody types more, and it bounds the work per request. */
	static final int MAX_QUERY_LENGTH = 200;

	private final SearchIndex index;

	private final SearchIndexer indexer;

	Search(SearchIndex index, SearchIndexer indexer) {
		this.index = index;
		this.indexer = indexer;
	}

	/**
	 * Builds the index anew from all sources; returns how many documents it holds. Runs
	 * at start-up by itself; here for operators and benchmarks.
	 */
	public Mono<Integer> rebuild() {
		return this.indexer.rebuild();
	}

	/**
	 * @param kind only this kind of content (e.g. {@code praxis}), or {@code null} for
	 * all
	 */
	public Mono<SearchResults> search(String query, @Nullable String kind, int limit) {
		String text = (query.length() > MAX_QUERY_LENGTH) ? query.substring(0, MAX_QUERY_LENGTH) : query;
		return Mono.fromCallable(() -> this.index.search(text, kind, limit)).subscribeOn(Schedulers.boundedElastic());
	}

}
