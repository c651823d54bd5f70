package de.impulsnetz.barcamp.plan;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Plan versions for the open browsers. A change saved on this instance is passed on at
 * once; changes saved by another instance arrive through one shared poll of the plan's
 * version per event and second, which runs only while someone is watching and is
 * forgotten when the last watcher leaves. An instance holds at most
 * {@code impulsnetz.live.max-connections} live connections, so that anonymous visitors
 * cannot exhaust it.
 */
@Component
public class PlanLive {

	static final Duration POLL = Duration.ofSeconds(1);

	private final Sinks.Many<PlanChanged> local = Sinks.many().multicast().directBestEffort();

	private final Map<String, Flux<Long>> polls = new ConcurrentHashMap<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final ReactiveMongoTemplate mongo;

	private final int maxConnections;

	PlanLive(ReactiveMongoTemplate mongo, @Value("${impulsnetz.live.max-connections}") int maxConnections) {
		this.mongo = mongo;
		this.maxConnections = maxConnections;
	}

	@EventListener
	void onChanged(PlanChanged changed) {
		this.local.tryEmitNext(changed);
	}

	/**
	 * The plan's versions from now on, each once. Call it for events that exist: every
	 * subscription shares the event's poll while it lasts.
	 */
	public Flux<Long> versions(String event) {
		Flux<Long> here = this.local.asFlux()
			.filter((changed) -> changed.event().equals(event))
			.map(PlanChanged::version);
		return Flux.defer(() -> Flux.merge(here, this.polls.computeIfAbsent(event, this::poll))).distinctUntilChanged();
	}

	/**
	 * The given stream as one live connection of this instance: counted from subscription
	 * until it ends, and refused with {@link LiveConnectionsExhausted} before anything is
	 * sent when the instance already holds as many as it may.
	 */
	public <T> Flux<T> connection(Flux<T> stream) {
		return Flux.using(this::open, (open) -> stream, (open) -> this.connections.decrementAndGet());
	}

	private Boolean open() {
		if (this.connections.incrementAndGet() > this.maxConnections) {
			this.connections.decrementAndGet();
			throw new LiveConnectionsExhausted();
		}
		return true;
	}

	Set<String> polled() {
		return Set.copyOf(this.polls.keySet());
	}

	int connections() {
		return this.connections.get();
	}

	private Flux<Long> poll(String event) {
		Query plan = Query.query(Criteria.where("_id").is(event));
		plan.fields().include("version");
		AtomicReference<Flux<Long>> self = new AtomicReference<>();
		Flux<Long> shared = Flux.interval(POLL)
			.onBackpressureDrop()
			.concatMap((tick) -> this.mongo.findOne(plan, SessionPlan.class).map(SessionPlan::version), 1)
			.distinctUntilChanged()
			.skip(1)
			// The last watcher has left (refCount cancels the poll): forget it, unless a
			// newer poll has taken its place.
			.doFinally((signal) -> this.polls.remove(event, self.get()))
			.publish()
			.refCount();
		self.set(shared);
		return shared;
	}

	/**
	 * This instance holds as many live connections as it may; the browser tries again
	 * later.
	 */
	public static class LiveConnectionsExhausted extends RuntimeException {

		LiveConnectionsExhausted() {
			super("Too many live plan connections on this instance", null, false, false);
		}

	}

}
