package de.impulsnetz.shared.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * New documents under the first free address of {@code base}, {@code base-2},
 * {@code base-3}, …: one look-up of the addresses taken (the slugs alone), then one
 * insert. The unique index on the slug decides between two inserts at the same moment;
 * the loser looks again, up to {@value #ATTEMPTS} times.
 */
@Component
public class FreeSlugs {

	private static final String SLUG = "slug";

	/** Inserts that lost a race before the answer is a conflict to send again. */
	private static final int ATTEMPTS = 10;

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
		// In $and, the embedded server scans instead of refusing a regular expression on
		// a compound index; MongoDB uses the index either way.
		Query taken = Query.query((scope != null) ? new Criteria().andOperator(scope, similar) : similar);
		taken.fields().include(SLUG).exclude("_id");
		return insert(type, taken, base, insert, 1);
	}

	private <T> Mono<T> insert(Class<?> type, Query taken, String base, Function<String, Mono<T>> insert, int attempt) {
		return this.mongo.find(taken, Document.class, this.mongo.getCollectionName(type))
			.map((document) -> document.getString(SLUG))
			.collect(Collectors.toSet())
			.flatMap((slugs) -> insert.apply(free(base, slugs, attempt)))
			.onErrorResume(DuplicateKeyException.class,
					(lost) -> (attempt < ATTEMPTS) ? insert(type, taken, base, insert, attempt + 1) : Mono.error(lost));
	}

	/**
	 * The first free slug; after a lost race one of the first few free ones at random, so
	 * that several inserts of the same title at once do not meet again on the next.
	 */
	static String free(String base, Set<String> taken, int attempt) {
		List<String> free = new ArrayList<>();
		for (int number = 1; free.size() < 2 * attempt - 1; number++) {
			String candidate = (number == 1) ? base : base + "-" + number;
			if (!taken.contains(candidate)) {
				free.add(candidate);
			}
		}
		return free.get(ThreadLocalRandom.current().nextInt(free.size()));
	}

	/**
	 * Slugs need no quoting, and MongoDB uses an index only for a plain prefix.
	 */
	private static String quoted(String base) {
		return Slugs.isValid(base) ? base : Pattern.quote(base);
	}

}
