package de.impulsnetz.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import de.impulsnetz.mail.OutboxMail.Status;
import de.impulsnetz.shared.work.LeasedWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

import static de.impulsnetz.mail.OutboxMail.ATTEMPTS;
import static de.impulsnetz.mail.OutboxMail.CREATED_AT;
import static de.impulsnetz.mail.OutboxMail.LAST_ATTEMPT_AT;
import static de.impulsnetz.mail.OutboxMail.LAST_ERROR;
import static de.impulsnetz.mail.OutboxMail.NEXT_ATTEMPT_AT;
import static de.impulsnetz.mail.OutboxMail.SENT_AT;
import static de.impulsnetz.mail.OutboxMail.STATUS;

/**
 * Sends what waits in the outbox, up to {@value #BATCH} mails on one connection to the
 * mail server, on every instance of the app.
 *
 * <p>
 * An instance claims a due mail as every {@link LeasedWorker} takes its jobs (due, and
 * not locked by a living instance: take the lock), sends it, and then marks it sent, or
 * counts the failed attempt and sets the next one further out (exponential backoff),
 * giving up after the configured number of attempts. Single-document updates only, so
 * this works on the embedded server as on a MongoDB replica set. An instance that stops
 * or dies while sending leaves a lock that expires; then any instance sends the mail
 * again. So nothing is lost by a restart or a mail-server outage, and a mail can, rarely,
 * arrive twice (at-least-once): when an instance dies between the server's acceptance and
 * the mark.
 *
 * <p>
 * The worker runs on a thread of its own: it looks every {@code impulsnetz.mail.poll} and
 * at once when mails are enqueued; sending runs on the bounded-elastic threads. Finished
 * mails older than {@code impulsnetz.mail.keep} are deleted once an hour: the outbox
 * holds addresses.
 */
@Component
@EnableConfigurationProperties(OutboxSettings.class)
class MailWorker extends LeasedWorker<OutboxMail> {

	private static final Logger logger = LoggerFactory.getLogger(MailWorker.class);

	private static final Duration PURGE_EVERY = Duration.ofHours(1);

	private static final int MAX_ERROR_LENGTH = 500;

	/** Mails sent on one connection at most. */
	static final int BATCH = 20;

	private final ReactiveMongoTemplate mongo;

	private final MailDelivery delivery;

	private final OutboxSettings settings;

	private final Clock clock;

	MailWorker(ReactiveMongoTemplate mongo, MailDelivery delivery, OutboxSettings settings, Clock clock) {
		super("mail-outbox", OutboxMail.class, mongo, clock, settings.poll(), settings.lock());
		this.mongo = mongo;
		this.delivery = delivery;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected Mono<Void> round() {
		return drain();
	}

	@Override
	protected void starting(Scheduler thread, Disposable.Composite resources) {
		resources.add(Flux.interval(Duration.ofMinutes(1), PURGE_EVERY, thread)
			.onBackpressureDrop()
			.concatMap((tick) -> purge(), 1)
			.subscribe());
	}

	/**
	 * Sends every due mail, batch after batch; never fails.
	 */
	Mono<Void> drain() {
		return next().expand((done) -> next()).then().onErrorResume((ex) -> {
			logger.warn("Mail outbox not reachable, trying again later: {}", ex.toString());
			return Mono.empty();
		});
	}

	/**
	 * Deletes finished mails older than {@code keep}; never fails.
	 */
	Mono<Void> purge() {
		Query old = Query.query(Criteria.where(STATUS)
			.in(Status.SENT, Status.SKIPPED, Status.FAILED)
			.and(CREATED_AT)
			.lt(this.clock.instant().minus(this.settings.keep())));
		return this.mongo.remove(old, OutboxMail.class).doOnNext((result) -> {
			if (result.getDeletedCount() > 0) {
				logger.info("Deleted {} finished mails older than {} from the outbox", result.getDeletedCount(),
						this.settings.keep());
			}
		}).then().onErrorResume((ex) -> {
			logger.warn("Old mails not deleted from the outbox: {}", ex.toString());
			return Mono.empty();
		});
	}

	/**
	 * Up to {@value #BATCH} due mails, sent on one connection; empty when none is due.
	 * Each stays leased while the batch is sent.
	 */
	private Mono<List<OutboxMail>> next() {
		return claim().expand((mail) -> claim())
			.take(BATCH)
			.collectList()
			.filter((mails) -> !mails.isEmpty())
			.flatMap((mails) -> {
				Disposable.Composite leases = Disposables.composite();
				mails.forEach((mail) -> leases.add(keepLeased(mail.id())));
				return deliver(mails).doFinally((signal) -> leases.dispose()).thenReturn(mails);
			});
	}

	/**
	 * The longest-due mail that no living instance holds, now locked for this one; as it
	 * was before, so a previous owner shows.
	 */
	private Mono<OutboxMail> claim() {
		return claim((now) -> Criteria.where(STATUS).in(Status.WAITING, Status.RETRY).and(NEXT_ATTEMPT_AT).lte(now),
				Sort.by(NEXT_ATTEMPT_AT), new Update(), false);
	}

	private Mono<Void> deliver(List<OutboxMail> mails) {
		mails.stream()
			.filter((mail) -> mail.owner() != null)
			.forEach((mail) -> logger.info("Mail {} to {} was held by instance {} whose lock expired: sending it now",
					mail.id(), mail.to(), mail.owner()));
		return this.delivery.sendAll(mails.stream().map(OutboxMail::mail).toList())
			.onErrorResume((failure) -> Mono
				.just(mails.stream().map((mail) -> MailDelivery.Outcome.failed(asException(failure))).toList()))
			.flatMapMany((outcomes) -> Flux.range(0, mails.size()).concatMap((index) -> {
				MailDelivery.Outcome outcome = outcomes.get(index);
				return (outcome.failure() != null) ? failed(mails.get(index), outcome.failure())
						: finished(mails.get(index), outcome.status());
			}))
			.then();
	}

	private static Exception asException(Throwable failure) {
		return (failure instanceof Exception ex) ? ex : new IllegalStateException(failure);
	}

	private Mono<Void> finished(OutboxMail mail, Status status) {
		Instant now = this.clock.instant();
		Update done = released(new Update().set(STATUS, status));
		if (status == Status.SENT) {
			done.inc(ATTEMPTS, 1).set(LAST_ATTEMPT_AT, now).set(SENT_AT, now);
			if (mail.attempts() > 0) {
				logger.info("Mail {} to {} sent at attempt {}", mail.id(), mail.to(), mail.attempts() + 1);
			}
		}
		return this.mongo.updateFirst(byId(mail), done, OutboxMail.class).then();
	}

	private Mono<Void> failed(OutboxMail mail, Throwable failure) {
		Instant now = this.clock.instant();
		int attempts = mail.attempts() + 1;
		String error = describe(failure);
		boolean hopeless = failure instanceof MailPreparationException || failure instanceof MailParseException;
		Update update = released(new Update().set(ATTEMPTS, attempts).set(LAST_ATTEMPT_AT, now).set(LAST_ERROR, error));
		if (hopeless || attempts >= this.settings.retry().attempts()) {
			logger.error("Mail {} to {} ({}) given up after {} attempt(s): {}", mail.id(), mail.to(), mail.subject(),
					attempts, error);
			update.set(STATUS, Status.FAILED);
		}
		else {
			Instant next = now.plus(this.settings.delayAfter(attempts));
			logger.warn("Mail {} to {} not sent (attempt {} of {}), next attempt at {}: {}", mail.id(), mail.to(),
					attempts, this.settings.retry().attempts(), next, error);
			update.set(STATUS, Status.RETRY).set(NEXT_ATTEMPT_AT, next);
		}
		// Only while this instance still holds the mail: after its lock expired another
		// one may have sent it meanwhile.
		return this.mongo.updateFirst(held(mail.id()), update, OutboxMail.class).then();
	}

	private static Query byId(OutboxMail mail) {
		return Query.query(Criteria.where("_id").is(mail.id()));
	}

	private static String describe(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		String text = (cause != failure) ? failure.getMessage() + " (" + cause + ")" : String.valueOf(cause);
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

}
