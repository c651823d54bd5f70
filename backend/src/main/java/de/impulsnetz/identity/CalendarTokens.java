package de.impulsnetz.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The one home of personal calendar addresses: each member has one secret token, made on
 * first use, that stands in for their login in every personal calendar feed. The token
 * keeps the member's municipality and roles as of their last logged-in visit, so that a
 * feed decides what it shows with the same rules as the page, without a login.
 */
@Service
public class CalendarTokens {

	/** 24 random bytes in URL-safe Base64: 32 characters. */
	public static final String PATTERN = "[A-Za-z0-9_-]{32}";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	CalendarTokens(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The member's token, made on first use; the municipality and roles it keeps are
	 * brought up to date.
	 */
	public Mono<CalendarToken> of(Member member) {
		return this.mongo.findById(member.id(), CalendarToken.class)
			.flatMap((token) -> token.standsFor(member) ? Mono.just(token)
					: this.mongo.save(new CalendarToken(member.id(), token.token(), token.createdAt(),
							member.municipality(), member.roles())))
			.switchIfEmpty(Mono.defer(() -> this.mongo.insert(fresh(member))
				.onErrorResume(DuplicateKeyException.class,
						(twice) -> this.mongo.findById(member.id(), CalendarToken.class))));
	}

	/**
	 * A new token: every old address stops working.
	 */
	public Mono<CalendarToken> renew(Member member) {
		return this.mongo.save(fresh(member));
	}

	/**
	 * The member a token stands for, as of their last logged-in visit (id, municipality,
	 * roles; no name or address); empty for an unknown token.
	 */
	public Mono<Member> holder(String token) {
		return this.mongo.findOne(Query.query(Criteria.where("token").is(token)), CalendarToken.class)
			.map((found) -> new Member(found.memberId(), found.memberId(), found.memberId(), null, found.municipality(),
					(found.roles() != null) ? found.roles() : Set.of()));
	}

	/**
	 * Removes the member's token: their addresses stop working.
	 */
	public Mono<Void> erase(String memberId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(memberId)), CalendarToken.class).then();
	}

	private CalendarToken fresh(Member member) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return new CalendarToken(member.id(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
				this.clock.instant(), member.municipality(), member.roles());
	}

}
