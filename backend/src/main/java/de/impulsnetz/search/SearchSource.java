package de.impulsnetz.search;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A feature whose content is searchable. Only public content belongs in the index:
 * whatever a source returns, every reader may find.
 */
public interface SearchSource {

	/**
	 * The kind of its documents, e.g. {@code praxis}.
	 */
	String kind();

	/**
	 * Everything searchable, for the rebuild at start-up.
	 */
	Flux<SearchDocument> all();

	/**
	 * The document for a key, or empty when it is not (or no longer) public.
	 */
	Mono<SearchDocument> one(String key);

	/**
	 * Keys of everything changed since the instant, also what stopped being public: the
	 * catch-up scan that lets several app instances converge.
	 */
	Flux<String> changedSince(Instant since);

}
