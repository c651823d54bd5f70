package de.impulsnetz.barcamp.registration;

import java.time.Clock;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.work.ReactiveEvents;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Registering, cancelling and the waiting list. Each step is one conditional update of
 * the event's {@link Roster}: a seat is taken only where
 * {@code confirmedCount < capacity} held at the moment of the write, and a place on the
 * waiting list becomes a seat the same way. Should a seat free up between a full
 * registration and its place on the waiting list, the promotion that follows every change
 * picks it up.
 */
@Service
public class Registrations {

	private static final String CONFIRMED = "confirmed";

	private static final String WAITING = "waiting";

	private static final String COUNT = "confirmedCount";

	private static final String MEMBER = "memberId";

	/** Enough for any number of concurrent cancellations; each round moves one person. */
	private static final int MAX_PROMOTIONS = 10_000;

	private final ReactiveMongoTemplate mongo;

	private final ReactiveEvents events;

	private final Clock clock;

	Registrations(ReactiveMongoTemplate mongo, ReactiveEvents events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers the member: a seat while there is one, else the end of the waiting list.
	 * Registering again changes nothing and answers with the current status. Outside the
	 * registration window it fails with {@link EventDenied}.
	 */
	public Mono<RegistrationStatus> register(Event event, Member member) {
		if (!event.registrationWindow().isOpen(this.clock.instant())) {
			return Mono.error(new EventDenied("barcamp.denied.registrationClosed"));
		}
		Registration registration = new Registration(member.id(), member.name(), member.email(), member.municipality(),
				this.clock.instant(), null);
		Query seat = notRegistered(event, member.id()).addCriteria(Criteria.where(COUNT).lt(event.capacity()));
		Update takeSeat = new Update().push(CONFIRMED, registration).inc(COUNT, 1);
		Update queue = new Update().push(WAITING, registration);
		return ensureRoster(event).then(this.mongo.updateFirst(seat, takeSeat, Roster.class))
			.flatMap((seated) -> changed(seated) ? Mono.just(RegistrationStatus.BESTAETIGT)
					: this.mongo.updateFirst(notRegistered(event, member.id()), queue, Roster.class)
						.flatMap((queued) -> promote(event))
						.then(status(event, member.id()).map((status) -> status.orElseThrow())));
	}

	/**
	 * Cancels the member's registration; a freed seat goes to the first on the waiting
	 * list. Whether there was anything to cancel.
	 */
	public Mono<Boolean> cancel(Event event, String memberId) {
		Query seated = Query.query(Criteria.where("_id").is(event.slug()).and(CONFIRMED + "." + MEMBER).is(memberId));
		Update leaveSeat = new Update()
			.pull(CONFIRMED, Query.query(Criteria.where(MEMBER).is(memberId)).getQueryObject())
			.inc(COUNT, -1);
		Query queued = Query.query(Criteria.where("_id").is(event.slug()).and(WAITING + "." + MEMBER).is(memberId));
		Update leaveQueue = new Update().pull(WAITING,
				Query.query(Criteria.where(MEMBER).is(memberId)).getQueryObject());
		return this.mongo.updateFirst(seated, leaveSeat, Roster.class)
			.flatMap((left) -> changed(left) ? promote(event).thenReturn(true)
					: this.mongo.updateFirst(queued, leaveQueue, Roster.class).map(Registrations::changed));
	}

	/**
	 * Moves people up from the waiting list while there are free seats, e.g. after a
	 * cancellation or when the organisers add seats.
	 */
	public Mono<Void> promote(Event event) {
		return promoteOne(event).expand((moved) -> promoteOne(event)).take(MAX_PROMOTIONS).then();
	}

	/**
	 * Moves the first on the waiting list to a seat if one is free; retries when someone
	 * else changed the roster in between.
	 */
	private Mono<Registration> promoteOne(Event event) {
		return roster(event).flatMap((roster) -> {
			if (roster.waiting().isEmpty() || roster.confirmedCount() >= event.capacity()) {
				return Mono.empty();
			}
			Registration first = roster.waiting().get(0);
			Registration promoted = first.promoted(this.clock.instant());
			Query stillFirst = Query.query(Criteria.where("_id")
				.is(event.slug())
				.and(WAITING + ".0." + MEMBER)
				.is(first.memberId())
				.and(COUNT)
				.lt(event.capacity()));
			Update move = new Update()
				.pull(WAITING, Query.query(Criteria.where(MEMBER).is(first.memberId())).getQueryObject())
				.push(CONFIRMED, promoted)
				.inc(COUNT, 1);
			return this.mongo.updateFirst(stillFirst, move, Roster.class).flatMap((result) -> {
				if (changed(result)) {
					return this.events.publish(new RegistrationPromoted(event.slug(), promoted)).thenReturn(promoted);
				}
				// Someone else moved or cancelled in between: look again.
				return promoteOne(event);
			});
		});
	}

	public Mono<Roster> roster(Event event) {
		return this.mongo.findById(event.slug(), Roster.class).defaultIfEmpty(Roster.empty(event.slug()));
	}

	public Mono<Optional<RegistrationStatus>> status(Event event, String memberId) {
		return roster(event).map((roster) -> roster.statusOf(memberId));
	}

	private Mono<Void> ensureRoster(Event event) {
		return this.mongo.insert(Roster.empty(event.slug()))
			.then()
			.onErrorResume(DuplicateKeyException.class, (exists) -> Mono.empty());
	}

	private static Query notRegistered(Event event, String memberId) {
		return Query.query(Criteria.where("_id")
			.is(event.slug())
			.and(CONFIRMED + "." + MEMBER)
			.ne(memberId)
			.and(WAITING + "." + MEMBER)
			.ne(memberId));
	}

	private static boolean changed(UpdateResult result) {
		return result.getModifiedCount() > 0;
	}

}
