package de.impulsnetz.mail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Where mails wait until they are sent: the collection {@code mailOutbox}. A mail is
 * stored here first and sent by a worker later, so neither a restart of the app nor an
 * outage of the mail server loses it.
 *
 * <p>
 * Mails are usually the reaction to a domain event. The listener returns the {@link Mono}
 * of {@link #enqueue} instead of subscribing to it; the service that published the event
 * with {@link de.impulsnetz.shared.work.ReactiveEvents} waits for it, so the mail is
 * stored before the request that caused it is answered, and no thread blocks.
 */
@Service
public class Outbox {

	private static final Logger logger = LoggerFactory.getLogger(Outbox.class);

	private static final int BATCH = 100;

	private final ReactiveMongoTemplate mongo;

	private final MailWorker worker;

	private final Clock clock;

	Outbox(ReactiveMongoTemplate mongo, MailWorker worker, Clock clock) {
		this.mongo = mongo;
		this.worker = worker;
		this.clock = clock;
	}

	/**
	 * Stores the mails in the outbox; completes once every one is stored (and the worker
	 * is woken), fails when the mails could not be read or stored.
	 */
	public Mono<Void> enqueue(Flux<Mail> mails) {
		return mails.map((mail) -> OutboxMail.waiting(mail, this.clock.instant()))
			.buffer(BATCH)
			.concatMap(this.mongo::insertAll)
			.count()
			.doOnNext((stored) -> {
				if (stored > 0) {
					this.worker.wakeUp();
				}
			})
			.doOnError((ex) -> logger.error("Mails not stored in the outbox, so not sent: {}", ex.toString()))
			.then();
	}

	/**
	 * Stores the mail under a key that no other mail in the outbox has, e.g. one message
	 * to one person: a caller that stopped half-way and starts again creates each mail at
	 * most once. Completes with whether the mail is new ({@code false}: one with this key
	 * is already there, sent or not); fails when it could not be stored. Does not wake
	 * the worker: call {@link #wakeUp()} after a batch.
	 */
	public Mono<Boolean> enqueueOnce(String key, Mail mail) {
		return this.mongo.insert(OutboxMail.waiting(mail, this.clock.instant(), key))
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (already) -> Mono.just(false));
	}

	/**
	 * Makes the worker look for mails now rather than at its next poll.
	 */
	public void wakeUp() {
		this.worker.wakeUp();
	}

}
