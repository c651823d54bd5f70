package de.impulsnetz.barcamp.personal;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.identity.Member;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Starred sessions and the personal plan; the secret address of the personal calendar
 * feed is {@link de.impulsnetz.identity.CalendarTokens}'. Starring twice changes nothing
 * (unique index).
 */
@Service
public class Stars {

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

	private static Query mine(String memberId) {
		return Query.query(Criteria.where("memberId").is(memberId));
	}

}
