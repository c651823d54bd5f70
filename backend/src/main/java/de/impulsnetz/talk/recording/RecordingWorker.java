package de.impulsnetz.talk.recording;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import de.impulsnetz.talk.recording.RecordingJob.Status;
import de.impulsnetz.talk.recording.RecordingProcessing.Outcome;
import de.impulsnetz.talk.recording.RecordingProcessing.Unprocessable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.stereotype.Component;

import static de.impulsnetz.talk.recording.RecordingJob.LOCKED_UNTIL;
import static de.impulsnetz.talk.recording.RecordingJob.OWNER;
import static de.impulsnetz.talk.recording.RecordingJob.PROGRESS;
import static de.impulsnetz.talk.recording.RecordingJob.STATUS;
import static de.impulsnetz.talk.recording.RecordingJob.UPLOADED_AT;

/**
 * Processes waiting recordings, at most {@code impulsnetz.recordings.parallel-jobs} at a
 * time on each instance, as the mail outbox sends mails: a job is claimed with one atomic
 * find-and-modify (waiting, or in work under a lease that has expired: take the lease),
 * the lease is renewed while ffmpeg runs, and the result is written only while this
 * instance still holds it. A job whose instance stopped or died is run again once its
 * lease expires, from the original, which is never changed: nothing is lost by a restart.
 * A job that fails {@value #MAX_ATTEMPTS} times for reasons other than its file (the
 * database gone, the disk full) ends as {@link Status#FEHLER}.
 */
@Component
class RecordingWorker implements SmartLifecycle {

	static final int MAX_ATTEMPTS = 3;

	private static final Logger logger = LoggerFactory.getLogger(RecordingWorker.class);

	private static final long PROGRESS_EVERY_MILLIS = 1000;

	private final ReactiveMongoTemplate mongo;

	private final RecordingProcessing processing;

	private final RecordingCleanup cleanup;

	private final Ffmpeg ffmpeg;

	private final RecordingSettings settings;

	private final Clock clock;

	private final String owner = UUID.randomUUID().toString();

	private final Sinks.Many<Long> wakeUps = Sinks.many().multicast().directBestEffort();

	private final AtomicInteger running = new AtomicInteger();

	private Disposable.@Nullable Composite active;

	private @Nullable Scheduler scheduler;

	RecordingWorker(ReactiveMongoTemplate mongo, RecordingProcessing processing, RecordingCleanup cleanup,
			Ffmpeg ffmpeg, RecordingSettings settings, Clock clock) {
		this.mongo = mongo;
		this.processing = processing;
		this.cleanup = cleanup;
		this.ffmpeg = ffmpeg;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Looks for waiting jobs now rather than at the next poll.
	 */
	void wakeUp() {
		this.wakeUps.tryEmitNext(0L);
	}

	@Override
	public synchronized void start() {
		if (this.active != null || !this.ffmpeg.available()) {
			return;
		}
		Scheduler thread = Schedulers.newSingle("recording-jobs", true);
		this.scheduler = Schedulers.newBoundedElastic(this.settings.parallelJobs() * 2, 16, "recording-ffmpeg");
		this.active = Disposables.composite(thread, this.scheduler);
		this.active.add(Flux
			.merge(Flux.interval(java.time.Duration.ZERO, this.settings.poll(), thread),
					this.wakeUps.asFlux().publishOn(thread))
			.onBackpressureLatest()
			.concatMap((tick) -> fill(), 1)
			.subscribe());
	}

	@Override
	public synchronized void stop() {
		if (this.active != null) {
			this.active.dispose();
			this.active = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.active != null;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	/**
	 * Claims jobs until every slot runs one; the jobs run on their own, and wake the
	 * worker when they end.
	 */
	private Mono<Void> fill() {
		if (this.running.get() >= this.settings.parallelJobs()) {
			return Mono.empty();
		}
		this.running.incrementAndGet();
		return claim().doOnNext(this::launch)
			.switchIfEmpty(Mono.fromRunnable(this.running::decrementAndGet))
			.flatMap((claimed) -> fill())
			.onErrorResume((ex) -> {
				this.running.decrementAndGet();
				logger.warn("Recording jobs not reachable, trying again later: {}", ex.toString());
				return Mono.empty();
			});
	}

	private synchronized void launch(RecordingJob job) {
		Disposable.Composite current = this.active;
		Scheduler work = this.scheduler;
		if (current == null || work == null) {
			this.running.decrementAndGet();
			return;
		}
		Disposable lease = Flux.interval(this.settings.lease().dividedBy(3), this.settings.lease().dividedBy(3))
			.concatMap((tick) -> renew(job).onErrorComplete())
			.subscribe();
		Disposable[] self = new Disposable[1];
		self[0] = run(job, work).doFinally((signal) -> {
			lease.dispose();
			current.remove(self[0]);
			this.running.decrementAndGet();
			wakeUp();
		}).subscribe();
		current.add(self[0]);
	}

	/**
	 * The longest-waiting job that no living instance holds, now held by this one.
	 */
	Mono<RecordingJob> claim() {
		Instant now = this.clock.instant();
		Query due = Query
			.query(Criteria.where(STATUS)
				.in(Status.WARTET, Status.IN_ARBEIT)
				.orOperator(Criteria.where(LOCKED_UNTIL).is(null), Criteria.where(LOCKED_UNTIL).lte(now)))
			.with(Sort.by(UPLOADED_AT));
		Update take = new Update().set(STATUS, Status.IN_ARBEIT)
			.set(OWNER, this.owner)
			.set(LOCKED_UNTIL, now.plus(this.settings.lease()))
			.set(PROGRESS, 0)
			.inc("attempts", 1);
		return this.mongo.findAndModify(due, take, FindAndModifyOptions.options().returnNew(true), RecordingJob.class);
	}

	private Mono<Void> run(RecordingJob job, Scheduler work) {
		if (job.attempts() > MAX_ATTEMPTS) {
			logger.error("Recording job {} of {}/{} given up after {} attempts", job.id(), job.series(), job.talk(),
					MAX_ATTEMPTS);
			return failed(job, "talk.recording.error.failed");
		}
		logger.info("Processing recording {} of {}/{} (attempt {})", job.id(), job.series(), job.talk(),
				job.attempts());
		AtomicLong lastReport = new AtomicLong();
		AtomicInteger lastPercent = new AtomicInteger();
		return this.processing.process(job, (percent) -> report(job, percent, lastReport, lastPercent), work)
			.flatMap((outcome) -> finished(job, outcome))
			.onErrorResume(Unprocessable.class, (unprocessable) -> {
				logger.warn("Recording {} of {}/{} not processed: {}", job.id(), job.series(), job.talk(),
						unprocessable.getMessage());
				return failed(job, unprocessable.messageKey());
			})
			.onErrorResume((ex) -> {
				// The lease expires; the job runs again (up to MAX_ATTEMPTS).
				logger.warn("Recording {} of {}/{} interrupted, runs again later: {}", job.id(), job.series(),
						job.talk(), ex.toString());
				return Mono.empty();
			});
	}

	private void report(RecordingJob job, int percent, AtomicLong lastReport, AtomicInteger lastPercent) {
		long now = System.currentTimeMillis();
		if (percent > lastPercent.get() && now - lastReport.get() >= PROGRESS_EVERY_MILLIS) {
			lastReport.set(now);
			lastPercent.set(percent);
			this.mongo.updateFirst(held(job), new Update().set(PROGRESS, Math.min(99, percent)), RecordingJob.class)
				.subscribe(null, (ex) -> logger.debug("Progress not saved: {}", ex.toString()));
		}
	}

	private Mono<Void> renew(RecordingJob job) {
		return this.mongo
			.updateFirst(held(job), new Update().set(LOCKED_UNTIL, this.clock.instant().plus(this.settings.lease())),
					RecordingJob.class)
			.then();
	}

	private Mono<Void> finished(RecordingJob job, Outcome outcome) {
		Update done = new Update().set(STATUS, Status.FERTIG)
			.set(PROGRESS, 100)
			.set(RecordingJob.FINISHED_AT, this.clock.instant())
			.set("durationSeconds", outcome.probe().durationSeconds())
			.set("videoCodec", outcome.probe().videoCodec())
			.set("audioCodec", outcome.probe().audioCodec())
			.set("width", outcome.probe().hasVideo() ? outcome.probe().width() : null)
			.set("height", outcome.probe().hasVideo() ? outcome.probe().height() : null)
			.set("web", outcome.web())
			.set("audio", outcome.audio())
			.set("poster", outcome.poster())
			.set("remuxed", outcome.remuxed())
			.unset(OWNER)
			.unset(LOCKED_UNTIL);
		return this.mongo.updateFirst(held(job), done, RecordingJob.class).flatMap((result) -> {
			if (result.getModifiedCount() == 0) {
				logger.warn("Recording {} was taken over by another instance meanwhile: its result is dropped",
						job.id());
				return this.cleanup.deleteOutputs(outcome.web(), outcome.audio(), outcome.poster());
			}
			logger.info("Recording {} of {}/{} processed ({})", job.id(), job.series(), job.talk(),
					outcome.remuxed() ? "remuxed" : "transcoded");
			return this.cleanup.replaceOlder(job.series(), job.talk());
		});
	}

	private Mono<Void> failed(RecordingJob job, String errorKey) {
		Update failed = new Update().set(STATUS, Status.FEHLER)
			.set("errorKey", errorKey)
			.set(RecordingJob.FINISHED_AT, this.clock.instant())
			.unset(OWNER)
			.unset(LOCKED_UNTIL);
		return this.mongo.updateFirst(held(job), failed, RecordingJob.class).then();
	}

	private Query held(RecordingJob job) {
		return Query.query(Criteria.where("_id").is(job.id()).and(OWNER).is(this.owner));
	}

}
