package de.impulsnetz.barcamp;

import java.time.Clock;

import de.impulsnetz.shared.ContentImports;
import de.impulsnetz.shared.ImportOutcome;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Upcoming and past events with their session proposals, and the import of
 * {@code content/veranstaltungen}.
 */
@Service
public class EventCalendar {

	private static final Sort SOONEST_FIRST = Sort.by("startsAt");

	private static final Sort LATEST_FIRST = Sort.by(Sort.Direction.DESC, "startsAt");

	private final EventRepository events;

	private final SessionProposalRepository proposals;

	private final Clock clock;

	EventCalendar(EventRepository events, SessionProposalRepository proposals, Clock clock) {
		this.events = events;
		this.proposals = proposals;
		this.clock = clock;
	}

	/**
	 * Events that have not ended yet, soonest first.
	 */
	public Flux<Event> upcoming(int count) {
		return this.events.findByEndsAtAfter(this.clock.instant(), PageRequest.of(0, count, SOONEST_FIRST));
	}

	public Flux<Event> past() {
		return this.events.findByEndsAtBefore(this.clock.instant(), LATEST_FIRST);
	}

	public Flux<Event> organisedBy(String municipality) {
		return this.events.findByOrganisers(municipality, LATEST_FIRST);
	}

	public Mono<Event> bySlug(String slug) {
		return this.events.findBySlug(slug);
	}

	public Flux<SessionProposal> proposalsFor(String event) {
		return this.proposals.findByEvent(event, Sort.by("title"));
	}

	public Mono<ImportOutcome> importFromContent(Event candidate) {
		return ContentImports.upsert(this.events.findBySlug(candidate.slug()), candidate,
				(existing, imported) -> imported.withIdentityOf(existing), this.events::save);
	}

	public Mono<ImportOutcome> importFromContent(SessionProposal candidate) {
		return ContentImports.upsert(this.proposals.findByEventAndSlug(candidate.event(), candidate.slug()), candidate,
				(existing, imported) -> imported.withIdentityOf(existing), this.proposals::save);
	}

}
