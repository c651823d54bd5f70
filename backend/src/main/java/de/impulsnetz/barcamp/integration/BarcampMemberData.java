package de.impulsnetz.barcamp.integration;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.impulsnetz.barcamp.personal.Star;
import de.impulsnetz.barcamp.proposal.Ballot;
import de.impulsnetz.barcamp.proposal.Vote;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.barcamp.registration.Roster;
import de.impulsnetz.identity.CalendarToken;
import de.impulsnetz.identity.Member;
import de.impulsnetz.barcamp.notes.SessionNote;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.identity.OwnContent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A member's traces at events. Erasing cancels their registrations (someone on the
 * waiting list moves up), removes their votes and stars, and takes their name off their
 * proposals and the session notes they wrote; proposals and notes stay, since a session
 * plan and others' notes may depend on them.
 */
@Component
class BarcampMemberData implements MemberDataHolder {

	static final String FORMER_MEMBER = "ehemaliges Mitglied";

	/** Message key prefix of a registration's status. */
	private static final String REGISTRATION = "account.overview.registration.";

	private final ReactiveMongoTemplate mongo;

	private final EventCalendar calendar;

	private final Registrations registrations;

	private final MessageSource messages;

	BarcampMemberData(ReactiveMongoTemplate mongo, EventCalendar calendar, Registrations registrations,
			MessageSource messages) {
		this.mongo = mongo;
		this.messages = messages;
		this.calendar = calendar;
		this.registrations = registrations;
	}

	@Override
	public String key() {
		return "veranstaltungen";
	}

	@Override
	public Mono<Object> export(Member member) {
		Query voted = Query.query(Criteria.where("memberId").is(member.id()));
		return Mono.zip(eventTitles(), proposalTitles())
			.flatMap(
					(titles) -> Mono.zip(
							registrations(member)
								.map((roster) -> named(titles.getT1(), roster.event()) + ": "
										+ german(
												REGISTRATION + roster.statusOf(member.id()).map(Enum::name).orElse("")))
								.collectList(),
							proposals(member).map(SessionProposal::title).collectList(),
							this.mongo.find(voted, Vote.class)
								.map((vote) -> named(titles.getT1(), vote.event()) + ": "
										+ named(titles.getT2(), vote.proposalId()) + " (" + vote.points() + ")")
								.collectList(),
							this.mongo.find(voted, Star.class)
								.map((star) -> named(titles.getT1(), star.event()) + ": "
										+ named(titles.getT2(), star.proposalId()))
								.collectList())
						.map((all) -> {
							Map<String, Object> data = new LinkedHashMap<>();
							data.put("anmeldungen", all.getT1());
							data.put("vorschlaege", all.getT2());
							data.put("stimmen", all.getT3());
							data.put("gemerkteSessions", all.getT4());
							return data;
						}));
	}

	/**
	 * The member's registrations (with where they stand) and their session proposals.
	 */
	@Override
	public Flux<OwnContent> overview(Member member) {
		Flux<OwnContent> registered = eventTitles().flatMapMany(
				(titles) -> registrations(member).map((roster) -> OwnContent.of("account.overview.registrations",
						named(titles, roster.event()), "/veranstaltungen/" + roster.event(),
						REGISTRATION + roster.statusOf(member.id()).map(Enum::name).orElse(""))));
		Flux<OwnContent> proposed = proposals(member).map((proposal) -> OwnContent.of("account.overview.proposals",
				proposal.title(), "/veranstaltungen/" + proposal.event() + "/sessions/" + proposal.slug(), null));
		return Flux.concat(registered, proposed);
	}

	private Flux<Roster> registrations(Member member) {
		return this.mongo
			.find(Query.query(new Criteria().orOperator(Criteria.where("confirmed.memberId").is(member.id()),
					Criteria.where("waiting.memberId").is(member.id()))), Roster.class);
	}

	private Flux<SessionProposal> proposals(Member member) {
		return this.mongo.find(Query.query(Criteria.where("proposerId").is(member.id())), SessionProposal.class);
	}

	private Mono<Map<String, String>> eventTitles() {
		return this.mongo.findAll(Event.class).collectMap(Event::slug, Event::title);
	}

	private Mono<Map<String, String>> proposalTitles() {
		return this.mongo.findAll(SessionProposal.class)
			.filter((proposal) -> proposal.id() != null)
			.collectMap(SessionProposal::id, SessionProposal::title);
	}

	private static String named(Map<String, String> titles, String key) {
		return titles.getOrDefault(key, key);
	}

	private String german(String key) {
		return this.messages.getMessage(key, null, key, Locale.GERMAN);
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
			.then(this.mongo.updateMulti(Query.query(Criteria.where("authors.memberId").is(id)),
					new Update().unset("authors.$.memberId").set("authors.$.name", FORMER_MEMBER), SessionNote.class))
			.then();
	}

}
