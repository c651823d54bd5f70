package de.impulsnetz.shared;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * New documents under the first free address of {@code base}, {@code base-2},
 * {@code base-3}, …: one look-up of the addresses taken (the slugs alone), then one
 * insert. The unique index on the slug decides between two inserts at the same moment;
 * the loser looks again.
 */
@Component
public class FreeSlugs {

	private static final String SLUG = "slug";

	/** Inserts that lost a race before the answer is a conflict to retry. */
	private static final int ATTEMPTS = 5;

	private final ReactiveMongoOperations mongo;

	FreeSlugs(ReactiveMongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Inserts with the first free slug of {@code base} among all documents of
	 * {@code type}.
	 * @param insert inserts the document under the slug it is given
	 */
	public <T> Mono<T> insert(Class<?> type, String base, Function<String, Mono<T>> insert) {
		return insert(type, null, base, insert);
	}

	/**
	 * Inserts with the first free slug of {@code base} among the documents of
	 * {@code type} that match {@code scope}, where slugs are unique only within something
	 * (a proposal's within its event).
	 */
	public <T> Mono<T> insert(Class<?> type, @Nullable Criteria scope, String base, Function<String, Mono<T>> insert) {
		Criteria similar = Criteria.where(SLUG).regex("^" + quoted(base) + "(-[0-9]+)?$");
		// With $and, the embedded MongoDB-wire server scans rather than refusing a
		// regular
		// expression on a compound index; MongoDB itself uses the index either way.
		Query taken = Query.query((scope != null) ? new Criteria().andOperator(scope, similar) : similar);
		taken.fields().include(SLUG).exclude("_id");
		return Mono
			.defer(() -> this.mongo.find(taken, Document.class, this.mongo.getCollectionName(type))
				.map((document) -> document.getString(SLUG))
				.collect(Collectors.toSet())
				.flatMap((slugs) -> insert.apply(firstFree(base, slugs))))
			.retryWhen(Retry.max(ATTEMPTS - 1)
				.filter(DuplicateKeyException.class::isInstance)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
	}

	static String firstFree(String base, Set<String> taken) {
		if (!taken.contains(base)) {
			return base;
		}
		int number = 2;
		while (taken.contains(base + "-" + number)) {
			number++;
		}
		return base + "-" + number;
	}

	/**
	 * Slugs need no quoting, and MongoDB uses an index only for a plain prefix.
	 */
	private static String quoted(String base) {
		return Slugs.isValid(base) ? base : Pattern.quote(base);
	}

}
