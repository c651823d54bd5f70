package de.impulsnetz.barcamp.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Voting on session proposals. The unique index on proposal and member makes a second
 * "+1" a no-op, however many requests race; with a points budget, the member's
 * {@link Ballot} is reserved first with one conditional update, so the budget holds too.
 * Changing one's mind works: giving other points replaces the vote, withdrawing it gives
 * the points back.
 */
@Service
public class Votes {

	private final ReactiveMongoTemplate mongo;

	private final Registrations registrations;

	private final Clock clock;

	Votes(ReactiveMongoTemplate mongo, Registrations registrations, Clock clock) {
		this.mongo = mongo;
		this.registrations = registrations;
		this.clock = clock;
	}

	/**
	 * The one home of the rule "only members who take part vote, and only until voting
	 * closes": fails with {@link EventDenied} otherwise, saying which of the two it was.
	 */
	private Mono<Void> mayVote(Event event, Member member) {
		return this.registrations.status(event, member.id()).flatMap((status) -> {
			Instant now = this.clock.instant();
			if (EventRights.of(member, event, status, now).vote()) {
				return Mono.<Void>empty();
			}
			return Mono.error(new EventDenied(
					event.votingWindow().isOpen(now) ? "barcamp.denied.notRegistered" : "barcamp.denied.votingClosed"));
		});
	}

	/**
	 * The one home of the rule "nobody votes for their own proposal", as pretalx keeps
	 * reviewers from rating their own submissions: a vote says "I want to hear this", and
	 * the proposer is in the session anyway. Proposals an organiser entered on someone's
	 * behalf have no proposing member, so the organiser may vote for them.
	 */
	public static boolean isOwnProposal(SessionProposal proposal, Member member) {
		return proposal.isProposedBy(member.id());
	}

	/**
	 * Sets the member's vote for the proposal to the given points (1 for "+1");
	 * idempotent.
	 */
	public Mono<Vote> cast(Event event, SessionProposal proposal, Member member, int points) {
		return mayVote(event, member).then(Mono.defer(() -> record(event, proposal, member, points)));
	}

	private Mono<Vote> record(Event event, SessionProposal proposal, Member member, int points) {
		Voting rules = event.votingRules();
		if (points < 1 || points > rules.maxPoints()) {
			return Mono.error(new VoteRefused("barcamp.vote.refused.points"));
		}
		if (!proposal.isOpen() || !proposal.event().equals(event.slug())) {
			return Mono.error(new VoteRefused("barcamp.vote.refused.proposal"));
		}
		if (isOwnProposal(proposal, member)) {
			return Mono.error(new VoteRefused("barcamp.vote.refused.own"));
		}
		Query mine = mine(proposal, member.id());
		return this.mongo.findOne(mine, Vote.class).flatMap((existing) -> {
			if (existing.points() == points) {
				return Mono.just(existing);
			}
			return reserve(event, member.id(), points - existing.points()).then(this.mongo.findAndModify(mine,
					new Update().set("points", points).set("castAt", this.clock.instant()),
					FindAndModifyOptions.options().returnNew(true), Vote.class));
		})
			.switchIfEmpty(Mono.defer(() -> reserve(event, member.id(), points)
				.then(this.mongo
					.insert(new Vote(null, event.slug(), proposal.id(), member.id(), points, this.clock.instant())))
				.onErrorResume(DuplicateKeyException.class,
						// Another request of the same member was faster: give the points
						// back.
						(twice) -> reserve(event, member.id(), -points).then(this.mongo.findOne(mine, Vote.class)))));
	}

	/**
	 * Takes the member's vote back, while voting is open; idempotent.
	 */
	public Mono<Boolean> withdraw(Event event, SessionProposal proposal, Member member) {
		return mayVote(event, member).then(Mono.defer(() -> giveBack(event, proposal, member.id())));
	}

	/**
	 * Removes the member's vote and gives its points back, whatever the voting window.
	 */
	private Mono<Boolean> giveBack(Event event, SessionProposal proposal, String memberId) {
		return this.mongo.findAndRemove(mine(proposal, memberId), Vote.class)
			.flatMap((removed) -> reserve(event, memberId, -removed.points()).thenReturn(true))
			.defaultIfEmpty(false);
	}

	/**
	 * Removes every vote for a withdrawn proposal, giving each voter the points back.
	 */
	Mono<Void> removeAll(Event event, SessionProposal proposal) {
		return this.mongo.find(Query.query(Criteria.where("proposalId").is(proposal.id())), Vote.class)
			.concatMap((vote) -> giveBack(event, proposal, vote.memberId()))
			.then();
	}

	/**
	 * Points per proposal id.
	 */
	public Mono<Map<String, Integer>> tallies(String event) {
		Aggregation sum = Aggregation.newAggregation(Aggregation.match(Criteria.where("event").is(event)),
				Aggregation.group("proposalId").sum("points").as("points"));
		return this.mongo.aggregate(sum, Vote.class, Document.class)
			.collect(Collectors.toMap((row) -> row.getString("_id"), (row) -> row.getInteger("points")));
	}

	/**
	 * The member's points per proposal id.
	 */
	public Mono<Map<String, Integer>> of(String event, String memberId) {
		return this.mongo.find(Query.query(Criteria.where("event").is(event).and("memberId").is(memberId)), Vote.class)
			.collect(Collectors.toMap(Vote::proposalId, Vote::points));
	}

	public Flux<Vote> all(String event) {
		return this.mongo.find(Query.query(Criteria.where("event").is(event)), Vote.class);
	}

	/**
	 * Points the member has left in a points budget.
	 */
	public Mono<Integer> remaining(Event event, String memberId) {
		return this.mongo.findById(Ballot.idOf(event.slug(), memberId), Ballot.class)
			.map(Ballot::spent)
			.defaultIfEmpty(0)
			.map((spent) -> event.votingRules().maxPoints() == 1 ? Integer.MAX_VALUE
					: event.votingRules().budget() - spent);
	}

	/**
	 * Books points on the member's ballot; in a budget vote only if they are left.
	 */
	private Mono<Void> reserve(Event event, String memberId, int delta) {
		if (event.votingRules().mode() != VotingMode.BUDGET || delta == 0) {
			return Mono.empty();
		}
		String id = Ballot.idOf(event.slug(), memberId);
		Criteria left = Criteria.where("_id").is(id);
		if (delta > 0) {
			left = left.and("spent").lte(event.votingRules().budget() - delta);
		}
		Update book = new Update().inc("spent", delta)
			.setOnInsert("event", event.slug())
			.setOnInsert("memberId", memberId);
		return this.mongo.upsert(Query.query(left), book, Ballot.class)
			.onErrorMap(DuplicateKeyException.class, (overdrawn) -> new VoteRefused("barcamp.vote.refused.budget"))
			.then();
	}

	private static Query mine(SessionProposal proposal, String memberId) {
		return Query.query(Criteria.where("proposalId").is(proposal.id()).and("memberId").is(memberId));
	}

}
