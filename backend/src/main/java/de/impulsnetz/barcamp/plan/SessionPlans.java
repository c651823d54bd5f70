package de.impulsnetz.barcamp.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.plan.PlanProblem.PlanSession;
import de.impulsnetz.barcamp.proposal.ProposalNotFound;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.proposal.Votes;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.Berlin;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Building the session plan: placing, moving, removing and pinning sessions, blocking
 * cells, and the optimiser's suggestion. Only the event's organisers change the plan.
 * Each step reads the plan, changes it and saves it with its version; when two organisers
 * save at the same moment, the later step is applied again to the newer plan. Every saved
 * version is announced ({@link PlanChanged}) for the live plan.
 */
@Service
public class SessionPlans {

	private final ReactiveMongoTemplate mongo;

	private final Proposals proposals;

	private final Votes votes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionPlans(ReactiveMongoTemplate mongo, Proposals proposals, Votes votes, ApplicationEventPublisher events,
			Clock clock) {
		this.mongo = mongo;
		this.proposals = proposals;
		this.votes = votes;
		this.events = events;
		this.clock = clock;
	}

	public Mono<SessionPlan> plan(Event event) {
		return this.mongo.findById(event.slug(), SessionPlan.class).defaultIfEmpty(SessionPlan.empty(event.slug()));
	}

	/**
	 * The plan as a timetable, with every proposal of the event for stable numbers: what
	 * the calendars, the exports, the screens and the personal plan show.
	 */
	public Mono<Schedule> schedule(Event event) {
		return Mono.zip(plan(event), this.proposals.all(event.slug()).collectList())
			.map((all) -> Schedule.of(event, all.getT1(), all.getT2()));
	}

	/**
	 * The plan's input for the optimiser and the warnings: open proposals with who voted
	 * for them.
	 */
	public Mono<PlanProblem> problem(Event event, SessionPlan plan) {
		return planning(event, plan).map(Planning::problem);
	}

	/**
	 * The open proposals and the optimiser's problem, from one read of each.
	 */
	public Mono<Planning> planning(Event event, SessionPlan plan) {
		return Mono.zip(this.proposals.open(event.slug()).collectList(), this.votes.all(event.slug()).collectList())
			.map((all) -> {
				Map<String, Set<String>> interested = new HashMap<>();
				Map<String, Integer> points = new HashMap<>();
				all.getT2().forEach((vote) -> {
					interested.computeIfAbsent(vote.proposalId(), (key) -> new HashSet<>()).add(vote.memberId());
					points.merge(vote.proposalId(), vote.points(), Integer::sum);
				});
				List<PlanSession> sessions = all.getT1()
					.stream()
					.map((proposal) -> new PlanSession(proposal.id(), proposal.length(), proposal.needs(),
							proposal.proposerId(), points.getOrDefault(proposal.id(), 0),
							interested.getOrDefault(proposal.id(), Set.of())))
					.toList();
				List<Placement> pinned = plan.placements().stream().filter(Placement::pinned).toList();
				return new Planning(all.getT1(),
						new PlanProblem(event.rooms(), event.slots(), sessions, pinned, plan.blocked()));
			});
	}

	/**
	 * Puts a session into a room from a slot on, or moves it there.
	 */
	public Mono<SessionPlan> place(Event event, Member organiser, String proposalId, String room, int slot) {
		return this.proposals.open(event.slug())
			.collectMap(SessionProposal::id, SessionProposal::length)
			.flatMap((lengths) -> change(event, organiser, (plan) -> {
				Integer length = lengths.get(proposalId);
				if (length == null) {
					throw new ProposalNotFound(proposalId);
				}
				if (event.room(room).isEmpty() || slot < 0 || slot >= event.slots().size()) {
					throw new PlanRefused("barcamp.plan.refused.noSuchCell");
				}
				if (!event.slots().get(slot).takesSessions() || plan.isBlocked(room, slot)) {
					throw new PlanRefused("barcamp.plan.refused.noSessions");
				}
				if (runsPastEndOfDay(event, slot, length)) {
					throw new PlanRefused("barcamp.plan.refused.pastEndOfDay");
				}
				List<Placement> others = new ArrayList<>(
						plan.placements().stream().filter((p) -> !p.proposalId().equals(proposalId)).toList());
				for (Placement other : others) {
					boolean sameRoom = other.room().equals(room);
					int otherEnd = other.slot() + lengths.getOrDefault(other.proposalId(), 1);
					if (sameRoom && other.slot() < slot + length && slot < otherEnd) {
						throw new PlanRefused("barcamp.plan.refused.occupied");
					}
				}
				boolean pinned = plan.placementOf(proposalId).map(Placement::pinned).orElse(false);
				others.add(new Placement(proposalId, room, slot, pinned));
				return plan.with(others, plan.blocked(), plan.suggestion(), this.clock.instant());
			}));
	}

	/**
	 * The one home of the rule "a session ends on the day it starts": its last slot must
	 * exist and lie on the same day (Berlin time) as its first. Running into a break or a
	 * blocked cell is only warned about ({@link PlanWarning.Kind#TOO_LONG}), since
	 * organisers may mean it.
	 */
	public static boolean runsPastEndOfDay(Event event, int slot, int length) {
		int last = slot + Math.max(1, length) - 1;
		return last >= event.slots().size() || !Berlin.local(event.slots().get(last).start())
			.toLocalDate()
			.equals(Berlin.local(event.slots().get(slot).start()).toLocalDate());
	}

	public Mono<SessionPlan> remove(Event event, Member organiser, String proposalId) {
		return change(event, organiser,
				(plan) -> plan.with(
						plan.placements().stream().filter((p) -> !p.proposalId().equals(proposalId)).toList(),
						plan.blocked(), plan.suggestion(), this.clock.instant()));
	}

	public Mono<SessionPlan> pin(Event event, Member organiser, String proposalId, boolean pin) {
		return change(event, organiser, (plan) -> plan.with(
				plan.placements().stream().map((p) -> p.proposalId().equals(proposalId) ? p.pinned(pin) : p).toList(),
				plan.blocked(), plan.suggestion(), this.clock.instant()));
	}

	/**
	 * Blocks a cell (the room is not available then) or frees it again.
	 */
	public Mono<SessionPlan> block(Event event, Member organiser, String room, int slot, boolean block) {
		return change(event, organiser, (plan) -> {
			List<Cell> blocked = new ArrayList<>(plan.blocked());
			Cell cell = new Cell(room, slot);
			blocked.remove(cell);
			if (block) {
				boolean taken = plan.placements().stream().anyMatch((p) -> p.room().equals(room) && p.slot() == slot);
				if (taken) {
					throw new PlanRefused("barcamp.plan.refused.occupied");
				}
				blocked.add(cell);
			}
			return plan.with(plan.placements(), blocked, plan.suggestion(), this.clock.instant());
		});
	}

	/**
	 * Runs the optimiser and keeps its suggestion next to the plan until it is accepted
	 * or discarded.
	 */
	public Mono<SessionPlan> suggest(Event event, Member organiser) {
		return requireOrganiser(event, organiser).then(plan(event))
			.flatMap((plan) -> problem(event, plan))
			.publishOn(Schedulers.boundedElastic())
			.map((problem) -> {
				long started = System.nanoTime();
				PlanOptimiser optimiser = new PlanOptimiser(problem);
				List<Placement> suggested = optimiser.suggest();
				long millis = (System.nanoTime() - started) / 1_000_000;
				return new Suggestion(suggested, optimiser.score(suggested), optimiser.score(optimiser.naive()), millis,
						this.clock.instant());
			})
			.flatMap((suggestion) -> change(event, organiser,
					(plan) -> plan.with(plan.placements(), plan.blocked(), suggestion, this.clock.instant())));
	}

	public Mono<SessionPlan> accept(Event event, Member organiser) {
		return change(event, organiser, (plan) -> {
			if (plan.suggestion() == null) {
				return plan;
			}
			return plan.with(plan.suggestion().placements(), plan.blocked(), null, this.clock.instant());
		});
	}

	public Mono<SessionPlan> discard(Event event, Member organiser) {
		return change(event, organiser,
				(plan) -> plan.with(plan.placements(), plan.blocked(), null, this.clock.instant()));
	}

	/**
	 * Keeps the plan in step after the organisers changed rooms or the time grid: a
	 * session stays in its room at the same start time; one whose room or slot is gone is
	 * taken out of the plan and shows up again under "Sessions einplanen".
	 */
	public Mono<SessionPlan> realign(Event before, Event after, Member organiser) {
		return change(after, organiser, (plan) -> {
			List<Placement> kept = new ArrayList<>();
			for (Placement placement : plan.placements()) {
				if (placement.slot() >= before.slots().size() || after.room(placement.room()).isEmpty()) {
					continue;
				}
				Instant start = before.slots().get(placement.slot()).start();
				for (int t = 0; t < after.slots().size(); t++) {
					if (after.slots().get(t).start().equals(start) && after.slots().get(t).takesSessions()) {
						kept.add(new Placement(placement.proposalId(), placement.room(), t, placement.pinned()));
					}
				}
			}
			List<Cell> blocked = plan.blocked()
				.stream()
				.filter((cell) -> cell.slot() < before.slots().size() && after.room(cell.room()).isPresent())
				.flatMap((cell) -> {
					Instant start = before.slots().get(cell.slot()).start();
					return IntStream.range(0, after.slots().size())
						.filter((t) -> after.slots().get(t).start().equals(start))
						.mapToObj((t) -> new Cell(cell.room(), t));
				})
				.toList();
			return plan.with(kept, blocked, null, this.clock.instant());
		});
	}

	private Mono<SessionPlan> change(Event event, Member organiser, Function<SessionPlan, SessionPlan> step) {
		return requireOrganiser(event, organiser).then(Mono.defer(() -> plan(event).map(step).flatMap(this::save)))
			.retryWhen(Retry.backoff(5, Duration.ofMillis(20))
				.filter((failure) -> failure instanceof OptimisticLockingFailureException
						|| failure instanceof DuplicateKeyException)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.doOnNext((saved) -> this.events
				.publishEvent(new PlanChanged(event.slug(), (saved.version() != null) ? saved.version() : 0)));
	}

	private Mono<SessionPlan> save(SessionPlan plan) {
		return (plan.version() == null) ? this.mongo.insert(plan) : this.mongo.save(plan);
	}

	private Mono<Void> requireOrganiser(Event event, Member member) {
		return EventRights.isOrganiser(member, event) ? Mono.empty()
				: Mono.error(new EventDenied("barcamp.denied.notOrganiser"));
	}

}
