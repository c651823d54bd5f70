package de.impulsnetz.barcamp.notes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.notes.SessionNote.NoteAuthor;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.identity.Member;
import de.impulsnetz.search.SearchableChanged;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Session notes: who may write them (registered participants, organisers), saving with
 * the version the writer started from, and the event's documentation.
 */
@Service
public class SessionNotes {

	private final ReactiveMongoTemplate mongo;

	private final Proposals proposals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionNotes(ReactiveMongoTemplate mongo, Proposals proposals, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.proposals = proposals;
		this.events = events;
		this.clock = clock;
	}

	public Mono<SessionNote> of(String proposalId) {
		return this.mongo.findById(proposalId, SessionNote.class);
	}

	/**
	 * Every session's notes of the event, newest first.
	 */
	public Flux<SessionNote> ofEvent(String event) {
		return this.mongo.find(
				Query.query(Criteria.where("event").is(event)).with(Sort.by(Sort.Direction.DESC, "updatedAt")),
				SessionNote.class);
	}

	/**
	 * Saves the member's text; {@code basedOn} is the version the member started from
	 * ({@code null} for notes that did not exist yet).
	 */
	public Mono<SessionNote> save(Event event, Member member, SessionProposal proposal, String text, Long basedOn) {
		return this.proposals.rights(event, member).flatMap((rights) -> {
			if (!rights.takeNotes()) {
				return Mono.error(new EventDenied("barcamp.denied.notes"));
			}
			return of(proposal.id()).map((existing) -> {
				if (existing.version() == null || !existing.version().equals(basedOn)) {
					throw new NoteConflict(existing);
				}
				return new SessionNote(existing.proposalId(), existing.event(), text.strip(),
						withAuthor(existing.authors(), member), this.clock.instant(), existing.version());
			})
				.flatMap((changed) -> this.mongo.save(changed))
				.switchIfEmpty(Mono.defer(() -> (basedOn != null)
						? Mono.error(new OptimisticLockingFailureException("notes were deleted"))
						: this.mongo.insert(new SessionNote(proposal.id(), event.slug(), text.strip(),
								withAuthor(List.of(), member), this.clock.instant(), null))))
				.onErrorResume(DuplicateKeyException.class,
						(twice) -> of(proposal.id()).flatMap((current) -> Mono.error(new NoteConflict(current))));
		})
			.doOnNext((saved) -> this.events
				.publishEvent(new SearchableChanged(SessionSearchSource.KIND, saved.proposalId())));
	}

	private static List<NoteAuthor> withAuthor(List<NoteAuthor> authors, Member member) {
		if (authors.stream().anyMatch((author) -> member.id().equals(author.memberId()))) {
			return authors;
		}
		List<NoteAuthor> more = new ArrayList<>(authors);
		more.add(new NoteAuthor(member.id(), member.name()));
		return more;
	}

}
