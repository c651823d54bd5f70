package de.impulsnetz.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
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

	/**
	 * Documents of the kinds that share the most telling words with the text (e.g. a
	 * page's title and abstract), best first.
	 * @param except the page's own document, as {@link SearchDocument#reference}, or
	 * {@code null}
	 */
	public Flux<SearchHit> similar(String text, List<String> kinds, @Nullable String except, int limit) {
		return Mono.fromCallable(() -> this.index.similar(text, kinds, except, limit))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapIterable((hits) -> hits);
	}

	/**
	 * Documents of the kinds that name this document, newest first.
	 */
	public Flux<SearchHit> referencing(String kind, String key, List<String> kinds, int limit) {
		return Mono.fromCallable(() -> this.index.referencing(kind, key, kinds, limit))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapIterable((hits) -> hits);
	}

	/**
	 * The document as indexed, for a link with its title; empty when it is not (or not
	 * publicly) there.
	 */
	public Mono<SearchHit> find(String kind, String key) {
		return Mono.fromCallable(() -> this.index.find(kind, key)).subscribeOn(Schedulers.boundedElastic());
	}

}
