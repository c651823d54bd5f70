package de.impulsnetz.barcamp.plan;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Plan versions for the open browsers. A change saved on this instance is passed on at
 * once; changes saved by another instance arrive through one shared poll of the plan's
 * version per event and second, which runs only while someone is watching.
 */
@Component
public class PlanLive {

	static final Duration POLL = Duration.ofSeconds(1);

	private final Sinks.Many<PlanChanged> local = Sinks.many().multicast().directBestEffort();

	private final Map<String, Flux<Long>> polls = new ConcurrentHashMap<>();

	private final ReactiveMongoTemplate mongo;

	PlanLive(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener
	void onChanged(PlanChanged changed) {
		this.local.tryEmitNext(changed);
	}

	/**
	 * The plan's versions from now on, each once.
	 */
	public Flux<Long> versions(String event) {
		Flux<Long> here = this.local.asFlux()
			.filter((changed) -> changed.event().equals(event))
			.map(PlanChanged::version);
		return Flux.merge(here, this.polls.computeIfAbsent(event, this::poll)).distinctUntilChanged();
	}

	private Flux<Long> poll(String event) {
		Query plan = Query.query(Criteria.where("_id").is(event));
		plan.fields().include("version");
		return Flux.interval(POLL)
			.onBackpressureDrop()
			.concatMap((tick) -> this.mongo.findOne(plan, SessionPlan.class).map(SessionPlan::version), 1)
			.distinctUntilChanged()
			.skip(1)
			.publish()
			.refCount();
	}

}
