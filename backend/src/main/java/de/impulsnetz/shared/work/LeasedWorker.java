package de.impulsnetz.shared.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A worker for jobs stored as MongoDB documents, run on every instance of the app: an
 * instance takes a job with one atomic find-and-modify under a lease ({@value #OWNER},
 * {@value #LOCKED_UNTIL} in the document), and a job whose instance stopped or died is
 * taken again once its lease has expired. Single-document updates only, so this works on
 * the embedded server as on a MongoDB replica set.
 *
 * <p>
 * The worker runs its {@link #round()} on a thread of its own: at start, every
 * {@code poll}, and at once on {@link #wakeUp()}; ticks that come while a round runs
 * collapse into one. It starts before the web server and stops after it, so jobs stored
 * by the last requests of a graceful shutdown are still taken.
 *
 * @param <T> the stored job
 */
public abstract class LeasedWorker<T> implements SmartLifecycle {

	/** The field naming the instance that holds a job. */
	public static final String OWNER = "owner";

	/** The field holding the end of the lease: after it any instance may take the job. */
	public static final String LOCKED_UNTIL = "lockedUntil";

	private final String name;

	private final Class<T> type;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Duration poll;

	private final Duration lease;

	private final String owner = UUID.randomUUID().toString();

	private final Sinks.Many<Long> wakeUps = Sinks.many().multicast().directBestEffort();

	private Disposable.@Nullable Composite running;

	/**
	 * @param name the name of the worker's thread
	 * @param type the stored job
	 * @param poll how often to look for jobs besides being woken
	 * @param lease how long a job stays with this instance without a renewal
	 */
	protected LeasedWorker(String name, Class<T> type, ReactiveMongoTemplate mongo, Clock clock, Duration poll,
			Duration lease) {
		this.name = name;
		this.type = type;
		this.mongo = mongo;
		this.clock = clock;
		this.poll = poll;
		this.lease = lease;
	}

	/**
	 * Takes and does what is due; runs on the worker's thread, never twice at once, and
	 * must not fail.
	 */
	protected abstract Mono<Void> round();

	/**
	 * Whether this instance can do the work at all; when not, {@link #start()} does
	 * nothing.
	 */
	protected boolean canStart() {
		return true;
	}

	/**
	 * Called at start: adds what runs besides the rounds to {@code resources}, which are
	 * disposed at stop.
	 * @param thread the worker's thread
	 */
	protected void starting(Scheduler thread, Disposable.Composite resources) {
	}

	/**
	 * Looks for jobs now rather than at the next poll. A wake-up that loses against a
	 * concurrent one is dropped: that one's round, or the next poll, takes the job.
	 */
	public void wakeUp() {
		this.wakeUps.tryEmitNext(0L);
	}

	@Override
	public synchronized void start() {
		if (this.running != null || !canStart()) {
			return;
		}
		Scheduler thread = Schedulers.newSingle(this.name, true);
		Disposable.Composite resources = Disposables.composite();
		resources
			.add(Flux.merge(Flux.interval(Duration.ZERO, this.poll, thread), this.wakeUps.asFlux().publishOn(thread))
				.onBackpressureLatest()
				.concatMap((tick) -> round(), 1)
				.subscribe());
		starting(thread, resources);
		resources.add(thread);
		this.running = resources;
	}

	@Override
	public synchronized void stop() {
		if (this.running != null) {
			this.running.dispose();
			this.running = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running != null;
	}

	/**
	 * Before the web server starts and after it has stopped.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	/**
	 * What runs while the worker runs, disposed at stop; {@code null} while it is
	 * stopped.
	 */
	protected final synchronized Disposable.@Nullable Composite resources() {
		return this.running;
	}

	/**
	 * The first job in {@code order} that is {@code due} and that no living instance
	 * holds, now held by this one with a fresh lease and changed by {@code take}.
	 * @param due which jobs are due at the given time
	 * @param returnNew whether to return the job as changed, or as it was before (to see
	 * a previous owner)
	 */
	protected final Mono<T> claim(Function<Instant, Criteria> due, Sort order, Update take, boolean returnNew) {
		Instant now = this.clock.instant();
		Query free = Query
			.query(due.apply(now)
				.orOperator(Criteria.where(LOCKED_UNTIL).is(null), Criteria.where(LOCKED_UNTIL).lte(now)))
			.with(order);
		take.set(OWNER, this.owner).set(LOCKED_UNTIL, now.plus(this.lease));
		return this.mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(returnNew), this.type);
	}

	/**
	 * The job with this id while this instance holds it: after its lease expired another
	 * instance may have taken it.
	 */
	protected final Query held(@Nullable String id) {
		return Query.query(Criteria.where("_id").is(id).and(OWNER).is(this.owner));
	}

	/**
	 * Gives the job free: {@code update} plus the lease removed.
	 */
	protected static Update released(Update update) {
		return update.unset(OWNER).unset(LOCKED_UNTIL);
	}

	/**
	 * Renews the lease of a held job every third of its length until disposed, so a job
	 * that runs longer than the lease stays with this instance while it lives.
	 */
	protected final Disposable keepLeased(@Nullable String id) {
		Duration every = this.lease.dividedBy(3);
		return Flux.interval(every, every)
			.concatMap((tick) -> this.mongo
				.updateFirst(held(id), new Update().set(LOCKED_UNTIL, this.clock.instant().plus(this.lease)), this.type)
				.then()
				.onErrorComplete())
			.subscribe();
	}

}
