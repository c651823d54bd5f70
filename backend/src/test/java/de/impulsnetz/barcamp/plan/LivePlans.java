package de.impulsnetz.barcamp.plan;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Live plans of their own for tests that must fill an instance.
 */
public final class LivePlans {

	private LivePlans() {
	}

	public static PlanLive withRoomFor(ReactiveMongoTemplate mongo, int connections) {
		return new PlanLive(mongo, connections);
	}

}
