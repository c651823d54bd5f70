package de.impulsnetz.distribution;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.impulsnetz.distribution.ListDirectory.KnownList;
import de.impulsnetz.mail.Outbox;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.work.LeasedWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static de.impulsnetz.distribution.ListMessage.AT;
import static de.impulsnetz.distribution.ListMessage.HIDDEN_BY;
import static de.impulsnetz.distribution.ListMessage.LIST_KEY;
import static de.impulsnetz.distribution.ListMessage.MAILED_AT;
import static de.impulsnetz.distribution.ListMessage.MAILS;

/**
 * Turns the messages of the lists into mails in the outbox, on every instance of the app.
 *
 * <p>
 * A message waits with {@code mailedAt} empty; an instance takes it under a lease (see
 * {@link LeasedWorker}), makes one outbox mail for each person of the list who gets every
 * message, and marks it mailed. Each mail goes into the outbox under the key
 * <em>message:person</em>, unique there: an instance that dies half-way leaves its lease
 * to expire, the next one starts the message over, and the mails already made are not
 * made again. So each person's mail is created exactly once. The outbox then sends it at
 * least once (a send whose success was not recorded is repeated), which is the guarantee
 * of the whole: every person gets the message, and only such a rare repeat sends it
 * twice.
 *
 * <p>
 * Once an hour, and a minute after start, it makes the weekly digests of the last
 * complete week (Monday to Sunday, German time) for the people who chose them, keyed
 * <em>digest:list:person:Monday</em>: however often it runs, and on however many
 * instances, each person gets one digest a week.
 */
@Component
class DistributionWorker extends LeasedWorker<ListMessage> {

	private static final Logger logger = LoggerFactory.getLogger(DistributionWorker.class);

	static final Duration POLL = Duration.ofSeconds(10);

	static final Duration LEASE = Duration.ofMinutes(2);

	private static final Duration DIGEST_EVERY = Duration.ofHours(1);

	private final ReactiveMongoTemplate mongo;

	private final ListDirectory directory;

	private final SubscriptionStore subscriptions;

	private final Outbox outbox;

	private final DistributionMails mails;

	private final Clock clock;

	@Autowired
	DistributionWorker(ReactiveMongoTemplate mongo, ListDirectory directory, SubscriptionStore subscriptions,
			Outbox outbox, DistributionMails mails, Clock clock) {
		this(mongo, directory, subscriptions, outbox, mails, clock, LEASE);
	}

	DistributionWorker(ReactiveMongoTemplate mongo, ListDirectory directory, SubscriptionStore subscriptions,
			Outbox outbox, DistributionMails mails, Clock clock, Duration lease) {
		super("distribution", ListMessage.class, mongo, clock, POLL, lease);
		this.mongo = mongo;
		this.directory = directory;
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.mails = mails;
		this.clock = clock;
	}

	@Override
	protected Mono<Void> round() {
		return drain().onErrorResume((ex) -> {
			logger.warn("Messages not mailed yet, trying again after the lease: {}", ex.toString());
			return Mono.empty();
		});
	}

	@Override
	protected void starting(Scheduler thread, Disposable.Composite resources) {
		resources.add(Flux.interval(Duration.ofMinutes(1), DIGEST_EVERY, thread)
			.onBackpressureDrop()
			.concatMap((tick) -> sendDigests(lastWeek()).onErrorResume((ex) -> {
				logger.warn("Weekly digests not made, trying again in an hour: {}", ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe());
	}

	/**
	 * Mails every waiting message, one after the other; fails with the first message that
	 * could not be mailed (its lease expires, and it is taken again).
	 */
	Mono<Void> drain() {
		return next().expand((done) -> next()).then();
	}

	private Mono<ListMessage> next() {
		return claim((now) -> Criteria.where(MAILED_AT).is(null).and(AT).lte(now), Sort.by(AT), new Update(), true)
			.flatMap((message) -> fanOut(message).thenReturn(message));
	}

	private Mono<Void> fanOut(ListMessage message) {
		Disposable lease = keepLeased(message.id());
		return this.directory.find(message.listKey())
			.filter((list) -> !message.isHidden())
			.flatMap((list) -> mailEveryone(list, message))
			.defaultIfEmpty(0L)
			.flatMap((made) -> this.mongo.updateFirst(held(message.id()),
					released(new Update().set(MAILED_AT, this.clock.instant()).set(MAILS, made)), ListMessage.class))
			.doOnSuccess((done) -> this.outbox.wakeUp())
			.doFinally((signal) -> lease.dispose())
			.then();
	}

	private Mono<Long> mailEveryone(KnownList list, ListMessage message) {
		return list.recipients()
			.filter((person) -> !person.memberId().equals(message.authorId()))
			.concatMap((person) -> this.subscriptions.ensure(list.key(), person.memberId())
				.filter((subscription) -> subscription.delivery() == Delivery.EVERY)
				.flatMap((subscription) -> this.outbox.enqueueOnce(message.id() + ":" + person.memberId(),
						this.mails.message(list.info(), message, subscription, person.email()))))
			.filter(Boolean::booleanValue)
			.count();
	}

	/**
	 * The Monday of the last complete week, German time.
	 */
	LocalDate lastWeek() {
		return LocalDate.now(this.clock.withZone(Berlin.ZONE))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1);
	}

	/**
	 * Puts the digest of the week from {@code monday} into the outbox for everyone who
	 * chose digests on a list with shown messages that week; completes with how many
	 * digests are new (none for those already made).
	 */
	Mono<Long> sendDigests(LocalDate monday) {
		Instant from = Berlin.startOfDay(monday);
		Instant to = Berlin.startOfDay(monday.plusWeeks(1));
		return this.subscriptions.withDelivery(Delivery.DIGEST)
			.collectMultimap(Subscription::listKey)
			.flatMapIterable(Map::entrySet)
			.concatMap((chosen) -> this.directory.find(chosen.getKey())
				.flatMapMany((list) -> week(list.key(), from, to).filter((messages) -> !messages.isEmpty())
					.flatMapMany((messages) -> digests(list, messages, monday, chosen.getValue()))))
			.filter(Boolean::booleanValue)
			.count()
			.doOnNext((made) -> {
				if (made > 0) {
					logger.info("{} weekly digests of the week from {} in the outbox", made, monday);
					this.outbox.wakeUp();
				}
			});
	}

	private Flux<Boolean> digests(KnownList list, List<ListMessage> messages, LocalDate monday,
			Collection<Subscription> chosen) {
		Map<String, Subscription> byMember = chosen.stream()
			.collect(Collectors.toMap(Subscription::memberId, Function.identity()));
		return list.recipients()
			.filter((person) -> byMember.containsKey(person.memberId()))
			.concatMap((person) -> this.outbox.enqueueOnce(
					"digest:" + list.key() + ":" + person.memberId() + ":" + monday,
					this.mails.digest(list.info(), messages, monday, byMember.get(person.memberId()), person.email())));
	}

	private Mono<List<ListMessage>> week(String listKey, Instant from, Instant to) {
		return this.mongo
			.find(Query.query(Criteria.where(LIST_KEY).is(listKey).and(HIDDEN_BY).is(null).and(AT).gte(from).lt(to))
				.with(Sort.by(AT)), ListMessage.class)
			.collectList();
	}

}
