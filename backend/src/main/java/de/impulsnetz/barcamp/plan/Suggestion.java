package de.impulsnetz.barcamp.plan;

import java.time.Instant;
import java.util.List;

/**
 * A plan the optimiser proposes, with its score next to that of the naive assignment by
 * votes, so organisers see what it gained.
 *
 * @param millis how long the optimiser took
 */
public record Suggestion(List<Placement> placements, PlanScore score, PlanScore naive, long millis,
		Instant computedAt) {

}
