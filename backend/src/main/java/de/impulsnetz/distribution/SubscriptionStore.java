package de.impulsnetz.distribution;

import java.security.SecureRandom;
import java.util.Base64;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static de.impulsnetz.distribution.Subscription.DELIVERY;
import static de.impulsnetz.distribution.Subscription.LIST_KEY;
import static de.impulsnetz.distribution.Subscription.MEMBER_ID;
import static de.impulsnetz.distribution.Subscription.TOKEN;

/**
 * The mail choices as stored, without the rules of who may choose
 * ({@link Subscriptions}): the worker and the pages share them.
 */
@Component
class SubscriptionStore {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReactiveMongoTemplate mongo;

	SubscriptionStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The person's choice for the list, made now (every message, a new secret) if she has
	 * none yet.
	 */
	Mono<Subscription> ensure(String listKey, String memberId) {
		Update created = new Update().setOnInsert(DELIVERY, Delivery.EVERY).setOnInsert(TOKEN, token());
		return upsert(listKey, memberId, created);
	}

	Mono<Subscription> choose(String listKey, String memberId, Delivery delivery) {
		return upsert(listKey, memberId, new Update().set(DELIVERY, delivery).setOnInsert(TOKEN, token()));
	}

	private Mono<Subscription> upsert(String listKey, String memberId, Update update) {
		Query person = person(listKey, memberId);
		return this.mongo
			.findAndModify(person, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
					Subscription.class)
			// Two first writes at once: the unique index let one in, the other updates
			// it.
			.onErrorResume(DuplicateKeyException.class, (raced) -> this.mongo.findAndModify(person, update,
					FindAndModifyOptions.options().returnNew(true), Subscription.class));
	}

	Mono<Subscription> find(String listKey, String memberId) {
		return this.mongo.findOne(person(listKey, memberId), Subscription.class);
	}

	Mono<Subscription> byToken(String token) {
		return this.mongo.findOne(Query.query(Criteria.where(TOKEN).is(token)), Subscription.class);
	}

	/**
	 * Ends the mails of the subscription with this secret; empty when there is none.
	 */
	Mono<Subscription> unsubscribe(String token) {
		return this.mongo.findAndModify(Query.query(Criteria.where(TOKEN).is(token)),
				new Update().set(DELIVERY, Delivery.NONE), FindAndModifyOptions.options().returnNew(true),
				Subscription.class);
	}

	Flux<Subscription> withDelivery(Delivery delivery) {
		return this.mongo.find(Query.query(Criteria.where(DELIVERY).is(delivery)), Subscription.class);
	}

	Flux<Subscription> of(String memberId) {
		return this.mongo.find(Query.query(Criteria.where(MEMBER_ID).is(memberId)), Subscription.class);
	}

	Mono<Void> removeAll(String memberId) {
		return this.mongo.remove(Query.query(Criteria.where(MEMBER_ID).is(memberId)), Subscription.class).then();
	}

	private static Query person(String listKey, String memberId) {
		return Query.query(Criteria.where(LIST_KEY).is(listKey).and(MEMBER_ID).is(memberId));
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
