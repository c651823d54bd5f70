package de.impulsnetz.barcamp;

import de.impulsnetz.barcamp.proposal.ProposalStatus;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.proposal.SessionProposalRepository;
import java.time.Clock;
import java.util.List;

import de.impulsnetz.content.ContentImports;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.shared.text.FreeSlugs;
import de.impulsnetz.shared.text.Slugs;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
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

	private final FreeSlugs slugs;

	private final Clock clock;

	EventCalendar(EventRepository events, SessionProposalRepository proposals, FreeSlugs slugs, Clock clock) {
		this.events = events;
		this.proposals = proposals;
		this.slugs = slugs;
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

	/**
	 * The open proposals, by title.
	 */
	public Flux<SessionProposal> proposalsFor(String event) {
		return this.proposals.findByEventAndStatus(event, ProposalStatus.OPEN, Sort.by("title"));
	}

	/**
	 * A new event by an organiser, for their municipality; the slug comes from the title
	 * (with a number if it is taken).
	 */
	public Mono<Event> create(Member organiser, NewEvent draft) {
		if (!(organiser.isAdmin() || organiser.has(Role.ORGANISER)) || organiser.municipality() == null) {
			return Mono.error(new EventDenied("barcamp.denied.notOrganiser"));
		}
		List<String> organisers = List.of(organiser.municipality());
		String base = Slugs.of(draft.title());
		// "neu" is the address of the form that creates events.
		return this.slugs.insert(Event.class, "neu".equals(base) || base.isEmpty() ? "veranstaltung" : base,
				(slug) -> this.events.insert(Event.created(slug, organisers, draft, this.clock.instant())));
	}

	/**
	 * Saves an organiser's changes, based on the version they started from; an event
	 * changed in between fails with {@link OptimisticLockingFailureException}.
	 */
	public Mono<Event> update(Member organiser, String slug, NewEvent changes, long basedOn) {
		return this.events.findBySlug(slug).flatMap((event) -> {
			if (!EventRights.isOrganiser(organiser, event)) {
				return Mono.error(new EventDenied("barcamp.denied.notOrganiser"));
			}
			return saveChanges(event, changes, basedOn);
		});
	}

	private Mono<Event> saveChanges(Event event, NewEvent changes, long basedOn) {
		if (event.version() == null || event.version() != basedOn) {
			return Mono.error(new OptimisticLockingFailureException("event changed"));
		}
		return this.events.save(event.with(changes, this.clock.instant()));
	}

	/**
	 * A meeting of a working group (an {@link EventKind#AG_TREFFEN}), organised by the
	 * group's coordinating municipality. The caller (the working-group module) has
	 * checked that whoever asks may plan the group's meetings; only AG-Treffen are made
	 * this way.
	 * @param slugBase the address to start from, a number added if it is taken
	 */
	public Mono<Event> createGroupMeeting(String municipality, String slugBase, NewEvent draft) {
		if (draft.kind() != EventKind.AG_TREFFEN) {
			return Mono.error(new IllegalArgumentException("Only AG-Treffen are group meetings"));
		}
		String base = Slugs.of(slugBase);
		return this.slugs.insert(Event.class, base.isEmpty() ? "ag-treffen" : base,
				(slug) -> this.events.insert(Event.created(slug, List.of(municipality), draft, this.clock.instant())));
	}

	/**
	 * Saves changes to a group meeting made from its working group, based on the version
	 * the coordinator started from; the caller checked the coordinator's rights. It stays
	 * an AG-Treffen.
	 */
	public Mono<Event> updateGroupMeeting(String slug, NewEvent changes, long basedOn) {
		return this.events.findBySlug(slug).flatMap((event) -> {
			if (event.kind() != EventKind.AG_TREFFEN || changes.kind() != EventKind.AG_TREFFEN) {
				return Mono.error(new IllegalArgumentException("Only AG-Treffen are group meetings"));
			}
			return saveChanges(event, changes, basedOn);
		});
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
