package de.impulsnetz.talk.recording;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import de.impulsnetz.shared.work.LeasedWorker;
import de.impulsnetz.talk.recording.RecordingJob.Status;
import de.impulsnetz.talk.recording.RecordingProcessing.Outcome;
import de.impulsnetz.talk.recording.RecordingProcessing.Unprocessable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static de.impulsnetz.talk.recording.RecordingJob.PROGRESS;
import static de.impulsnetz.talk.recording.RecordingJob.STATUS;
import static de.impulsnetz.talk.recording.RecordingJob.UPLOADED_AT;

/**
 * Processes waiting recordings, at most {@code impulsnetz.recordings.parallel-jobs} at a
 * time on each instance, as a {@link LeasedWorker}: a job is claimed with one atomic
 * find-and-modify (waiting, or in work under a lease that has expired: take the lease),
 * the lease is renewed while ffmpeg runs, and the result is written only while this
 * instance still holds it. A job whose instance stopped or died is run again once its
 * lease expires, from the original, which is never changed: nothing is lost by a restart.
 * A job that fails {@value #MAX_ATTEMPTS} times for reasons other than its file (the
 * database gone, the disk full) ends as {@link Status#FEHLER}.
 */
@Component
class RecordingWorker extends LeasedWorker<RecordingJob> {

	static final int MAX_ATTEMPTS = 3;

	private static final Logger logger = LoggerFactory.getLogger(RecordingWorker.class);

	private static final long PROGRESS_EVERY_MILLIS = 1000;

	private final ApplicationEventPublisher events;

	private final ReactiveMongoTemplate mongo;

	private final RecordingProcessing processing;

	private final RecordingCleanup cleanup;

	private final Ffmpeg ffmpeg;

	private final RecordingSettings settings;

	private final Clock clock;

	private final AtomicInteger running = new AtomicInteger();

	private @Nullable Scheduler scheduler;

	RecordingWorker(ReactiveMongoTemplate mongo, RecordingProcessing processing, RecordingCleanup cleanup,
			Ffmpeg ffmpeg, RecordingSettings settings, Clock clock, ApplicationEventPublisher events) {
		super("recording-jobs", RecordingJob.class, mongo, clock, settings.poll(), settings.lease());
		this.events = events;
		this.mongo = mongo;
		this.processing = processing;
		this.cleanup = cleanup;
		this.ffmpeg = ffmpeg;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected boolean canStart() {
		return this.ffmpeg.available();
	}

	@Override
	protected void starting(Scheduler thread, Disposable.Composite resources) {
		this.scheduler = Schedulers.newBoundedElastic(this.settings.parallelJobs() * 2, 16, "recording-ffmpeg");
		resources.add(this.scheduler);
	}

	@Override
	protected Mono<Void> round() {
		return fill();
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
		Disposable.Composite current = resources();
		Scheduler work = this.scheduler;
		if (current == null || work == null) {
			this.running.decrementAndGet();
			return;
		}
		Disposable lease = keepLeased(job.id());
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
		return claim((now) -> Criteria.where(STATUS).in(Status.WARTET, Status.IN_ARBEIT), Sort.by(UPLOADED_AT),
				new Update().set(STATUS, Status.IN_ARBEIT).set(PROGRESS, 0).inc("attempts", 1), true);
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
			.set("remuxed", outcome.remuxed());
		return this.mongo.updateFirst(held(job), released(done), RecordingJob.class).flatMap((result) -> {
			if (result.getModifiedCount() == 0) {
				logger.warn("Recording {} was taken over by another instance meanwhile: its result is dropped",
						job.id());
				return this.cleanup.deleteOutputs(outcome.web(), outcome.audio(), outcome.poster());
			}
			logger.info("Recording {} of {}/{} processed ({})", job.id(), job.series(), job.talk(),
					outcome.remuxed() ? "remuxed" : "transcoded");
			return this.cleanup.replaceOlder(job.series(), job.talk())
				.doOnSuccess((replaced) -> this.events.publishEvent(new RecordingProcessed(job.series(), job.talk())));
		});
	}

	private Mono<Void> failed(RecordingJob job, String errorKey) {
		Update failed = new Update().set(STATUS, Status.FEHLER)
			.set("errorKey", errorKey)
			.set(RecordingJob.FINISHED_AT, this.clock.instant());
		return this.mongo.updateFirst(held(job), released(failed), RecordingJob.class).then();
	}

	private Query held(RecordingJob job) {
		return held(job.id());
	}

}
