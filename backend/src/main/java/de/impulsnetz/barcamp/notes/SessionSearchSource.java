package de.impulsnetz.barcamp.notes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.proposal.ProposalStatus;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.search.SearchDocument;
import de.impulsnetz.search.SearchSource;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Barcamp sessions for the search index: the proposal with its event, and the notes
 * written in and after the session.
 */
@Component
class SessionSearchSource implements SearchSource {

	static final String KIND = "session";

	private final ReactiveMongoTemplate mongo;

	private final EventCalendar calendar;

	SessionSearchSource(ReactiveMongoTemplate mongo, EventCalendar calendar) {
		this.mongo = mongo;
		this.calendar = calendar;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Flux<SearchDocument> all() {
		return Mono
			.zip(this.mongo.findAll(Event.class).collectMap(Event::slug),
					this.mongo.findAll(SessionNote.class).collectMap(SessionNote::proposalId))
			.flatMapMany((all) -> this.mongo
				.find(Query.query(Criteria.where("status").is(ProposalStatus.OPEN)), SessionProposal.class)
				.filter((proposal) -> all.getT1().containsKey(proposal.event()))
				.map((proposal) -> document(proposal, all.getT1().get(proposal.event()),
						all.getT2().get(proposal.id()))));
	}

	@Override
	public Mono<SearchDocument> one(String key) {
		return this.mongo.findById(key, SessionProposal.class)
			.filter(SessionProposal::isOpen)
			.flatMap((proposal) -> this.calendar.bySlug(proposal.event())
				.zipWith(this.mongo.findById(key, SessionNote.class).map(Optional::of).defaultIfEmpty(Optional.empty()))
				.map((both) -> document(proposal, both.getT1(), both.getT2().orElse(null))));
	}

	@Override
	public Flux<String> changedSince(Instant since) {
		Query proposals = Query.query(new Criteria().orOperator(Criteria.where("editedAt").gt(since),
				Criteria.where("proposedAt").gt(since)));
		Query notes = Query.query(Criteria.where("updatedAt").gt(since));
		return Flux
			.merge(this.mongo.find(proposals, SessionProposal.class).map(SessionProposal::id),
					this.mongo.find(notes, SessionNote.class).map(SessionNote::proposalId))
			.distinct();
	}

	private static SearchDocument document(SessionProposal proposal, Event event, @Nullable SessionNote note) {
		String text = proposal.description() + ((note != null) ? "\n\n" + note.text() : "");
		Instant date = (proposal.proposedAt() != null) ? proposal.proposedAt() : event.startsAt();
		return new SearchDocument(KIND, proposal.id(), proposal.title(), proposal.description(),
				List.of(event.title(), proposal.proposer(), proposal.format().name()), text,
				"/veranstaltungen/" + event.slug() + "/sessions/" + proposal.slug(), date);
	}

}
