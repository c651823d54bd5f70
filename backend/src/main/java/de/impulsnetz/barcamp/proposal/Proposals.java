package de.impulsnetz.barcamp.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.proposal.ProposalContent;
import de.impulsnetz.barcamp.proposal.ProposalStatus;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.text.FreeSlugs;
import de.impulsnetz.shared.text.Slugs;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Session proposals: proposing (also by organisers on someone's behalf, the pinboard on
 * the day), changing and withdrawing one's own. A member proposes at most
 * {@value #MAX_PER_HOUR} sessions per hour (organisers are exempt), counted in MongoDB so
 * the limit holds across instances.
 */
@Service
public class Proposals {

	public static final int MAX_PER_HOUR = 10;

	private final ReactiveMongoTemplate mongo;

	private final Registrations registrations;

	private final Votes votes;

	private final FreeSlugs slugs;

	private final Clock clock;

	Proposals(ReactiveMongoTemplate mongo, Registrations registrations, Votes votes, FreeSlugs slugs, Clock clock) {
		this.mongo = mongo;
		this.slugs = slugs;
		this.registrations = registrations;
		this.votes = votes;
		this.clock = clock;
	}

	/**
	 * A new proposal by the member, or by an organiser for the person named in
	 * {@code onBehalfOf}.
	 */
	public Mono<SessionProposal> propose(Event event, Member member, ProposalContent content,
			@Nullable String onBehalfOf) {
		Instant now = this.clock.instant();
		boolean forSomeoneElse = onBehalfOf != null && !onBehalfOf.isBlank();
		return rights(event, member).flatMap((rights) -> {
			if (forSomeoneElse ? !rights.organise() : !rights.propose()) {
				return Mono.error(new EventDenied(event.proposalWindow().isOpen(now) ? "barcamp.denied.notRegistered"
						: "barcamp.denied.proposalsClosed"));
			}
			// Organisers enter the pinboard on the day: no limit for them.
			return rights.organise() ? Mono.just(0L) : recentProposals(member, now);
		}).flatMap((recent) -> {
			if (recent >= MAX_PER_HOUR) {
				return Mono.error(new EventDenied("barcamp.denied.proposalLimit"));
			}
			return this.slugs.insert(SessionProposal.class, Criteria.where("event").is(event.slug()),
					Slugs.of(content.title()),
					(slug) -> this.mongo.insert(SessionProposal.proposed(event.slug(), slug, content,
							forSomeoneElse ? onBehalfOf.strip() : member.name(), forSomeoneElse ? null : member.id(),
							forSomeoneElse ? null : member.municipality(), member.id(), now)));
		});
	}

	/**
	 * Saves a change by the proposer or an organiser; {@code version} must be the one the
	 * change started from.
	 */
	public Mono<SessionProposal> update(Event event, Member member, String id, ProposalContent content, long version) {
		return changeable(event, member, id).flatMap((proposal) -> {
			if (proposal.version() == null || proposal.version() != version) {
				return Mono.error(new OptimisticLockingFailureException("proposal changed"));
			}
			return this.mongo.save(proposal.with(content, this.clock.instant()));
		});
	}

	/**
	 * Takes the proposal off the board; its votes are given back.
	 */
	public Mono<SessionProposal> withdraw(Event event, Member member, String id) {
		return changeable(event, member, id)
			.flatMap((proposal) -> this.mongo.save(proposal.withdrawn(this.clock.instant())))
			.flatMap((withdrawn) -> this.votes.removeAll(event, withdrawn).thenReturn(withdrawn));
	}

	public Flux<SessionProposal> open(String event) {
		return this.mongo.find(Query.query(Criteria.where("event").is(event).and("status").is(ProposalStatus.OPEN))
			.with(Sort.by("proposedAt", "title")), SessionProposal.class);
	}

	/**
	 * Every proposal of the event, withdrawn ones too.
	 */
	public Flux<SessionProposal> all(String event) {
		return this.mongo.find(Query.query(Criteria.where("event").is(event)), SessionProposal.class);
	}

	public Mono<SessionProposal> byId(String event, String id) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(id).and("event").is(event)),
				SessionProposal.class);
	}

	public Mono<SessionProposal> bySlug(String event, String slug) {
		return this.mongo.findOne(Query.query(Criteria.where("slug").is(slug).and("event").is(event)),
				SessionProposal.class);
	}

	public Mono<EventRights> rights(Event event, @Nullable Member member) {
		if (member == null) {
			return Mono.just(EventRights.of(null, event, java.util.Optional.empty(), this.clock.instant()));
		}
		return this.registrations.status(event, member.id())
			.map((status) -> EventRights.of(member, event, status, this.clock.instant()));
	}

	private Mono<SessionProposal> changeable(Event event, Member member, String id) {
		return byId(event.slug(), id).filter(SessionProposal::isOpen)
			.switchIfEmpty(Mono.error(new ProposalNotFound(id)))
			.filter((proposal) -> EventRights.mayChange(member, event, proposal))
			.switchIfEmpty(Mono.error(new EventDenied("barcamp.denied.notYourProposal")));
	}

	private Mono<Long> recentProposals(Member member, Instant now) {
		return this.mongo.count(
				Query.query(
						Criteria.where("addedBy").is(member.id()).and("proposedAt").gt(now.minus(Duration.ofHours(1)))),
				SessionProposal.class);
	}

}
