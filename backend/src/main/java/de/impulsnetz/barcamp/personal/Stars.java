package de.impulsnetz.barcamp.personal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.barcamp.SessionProposal;
import de.impulsnetz.identity.Member;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Starred sessions, the personal plan, and the secret address of the personal calendar
 * feed. Starring twice changes nothing (unique index).
 */
@Service
public class Stars {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	Stars(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Mono<Void> star(SessionProposal proposal, Member member) {
		return this.mongo.insert(new Star(null, proposal.event(), proposal.id(), member.id(), this.clock.instant()))
			.then()
			.onErrorResume(DuplicateKeyException.class, (twice) -> Mono.empty());
	}

	public Mono<Void> unstar(SessionProposal proposal, Member member) {
		return this.mongo
			.remove(mine(member.id()).addCriteria(Criteria.where("proposalId").is(proposal.id())), Star.class)
			.then();
	}

	/**
	 * The proposal ids the member starred at the event.
	 */
	public Mono<Set<String>> of(String event, String memberId) {
		return this.mongo.find(mine(memberId).addCriteria(Criteria.where("event").is(event)), Star.class)
			.map(Star::proposalId)
			.collect(Collectors.toSet());
	}

	/**
	 * Everything the member starred, at every event.
	 */
	public Flux<Star> all(String memberId) {
		return this.mongo.find(mine(memberId), Star.class);
	}

	/**
	 * The member's calendar token, made on first use.
	 */
	public Mono<CalendarToken> token(Member member) {
		return this.mongo.findById(member.id(), CalendarToken.class)
			.switchIfEmpty(Mono
				.defer(() -> this.mongo.insert(new CalendarToken(member.id(), randomToken(), this.clock.instant()))
					.onErrorResume(DuplicateKeyException.class,
							(twice) -> this.mongo.findById(member.id(), CalendarToken.class))));
	}

	/**
	 * A new token: the old address stops working.
	 */
	public Mono<CalendarToken> renewToken(Member member) {
		return this.mongo.save(new CalendarToken(member.id(), randomToken(), this.clock.instant()));
	}

	public Mono<String> memberOfToken(String token) {
		return this.mongo.findOne(Query.query(Criteria.where("token").is(token)), CalendarToken.class)
			.map(CalendarToken::memberId);
	}

	private static Query mine(String memberId) {
		return Query.query(Criteria.where("memberId").is(memberId));
	}

	private static String randomToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
