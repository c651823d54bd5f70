package de.impulsnetz.barcamp;

import java.util.LinkedHashMap;
import java.util.Map;

import de.impulsnetz.barcamp.personal.CalendarToken;
import de.impulsnetz.barcamp.personal.Star;
import de.impulsnetz.barcamp.proposal.Ballot;
import de.impulsnetz.barcamp.proposal.Vote;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.barcamp.registration.Roster;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A member's traces at events. Erasing cancels their registrations (someone on the
 * waiting list moves up), removes their votes and takes their name off their proposals;
 * the proposals stay, since a session plan and its notes may depend on them.
 */
@Component
class BarcampMemberData implements MemberDataHolder {

	static final String FORMER_MEMBER = "ehemaliges Mitglied";

	private final ReactiveMongoTemplate mongo;

	private final EventCalendar calendar;

	private final Registrations registrations;

	BarcampMemberData(ReactiveMongoTemplate mongo, EventCalendar calendar, Registrations registrations) {
		this.mongo = mongo;
		this.calendar = calendar;
		this.registrations = registrations;
	}

	@Override
	public String key() {
		return "veranstaltungen";
	}

	@Override
	public Mono<Object> export(Member member) {
		Query registered = Query.query(new Criteria().orOperator(Criteria.where("confirmed.memberId").is(member.id()),
				Criteria.where("waiting.memberId").is(member.id())));
		Query proposed = Query.query(Criteria.where("proposerId").is(member.id()));
		Query voted = Query.query(Criteria.where("memberId").is(member.id()));
		return Mono.zip(
				this.mongo.find(registered, Roster.class)
					.map((roster) -> roster.event() + ": " + roster.statusOf(member.id()).map(Enum::name).orElse(""))
					.collectList(),
				this.mongo.find(proposed, SessionProposal.class).map(SessionProposal::title).collectList(),
				this.mongo.find(voted, Vote.class)
					.map((vote) -> vote.event() + "/" + vote.proposalId() + ": " + vote.points())
					.collectList(),
				this.mongo.find(voted, Star.class).map((star) -> star.event() + "/" + star.proposalId()).collectList())
			.map((all) -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("anmeldungen", all.getT1());
				data.put("vorschlaege", all.getT2());
				data.put("stimmen", all.getT3());
				data.put("gemerkteSessions", all.getT4());
				return data;
			});
	}

	@Override
	public Mono<Void> erase(Member member) {
		String id = member.id();
		Query registered = Query.query(new Criteria().orOperator(Criteria.where("confirmed.memberId").is(id),
				Criteria.where("waiting.memberId").is(id)));
		return this.mongo.find(registered, Roster.class)
			.concatMap((roster) -> this.calendar.bySlug(roster.event())
				.flatMap((event) -> this.registrations.cancel(event, id)))
			.then(this.mongo.remove(Query.query(Criteria.where("memberId").is(id)), Vote.class))
			.then(this.mongo.remove(Query.query(Criteria.where("memberId").is(id)), Ballot.class))
			.then(this.mongo.remove(Query.query(Criteria.where("memberId").is(id)), Star.class))
			.then(this.mongo.remove(Query.query(Criteria.where("_id").is(id)), CalendarToken.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("proposerId").is(id)),
					new Update().unset("proposerId").set("proposer", FORMER_MEMBER), SessionProposal.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("addedBy").is(id)), new Update().unset("addedBy"),
					SessionProposal.class))
			.then();
	}

}
