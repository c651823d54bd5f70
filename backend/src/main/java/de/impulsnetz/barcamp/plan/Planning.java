package de.impulsnetz.barcamp.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.impulsnetz.barcamp.proposal.SessionProposal;

/**
 * What planning an event reads once: the open proposals and, built from them and the
 * votes, the optimiser's problem.
 */
public record Planning(List<SessionProposal> open, PlanProblem problem) {

	/**
	 * Members interested in each proposal, by proposal id.
	 */
	public Map<String, Integer> interested() {
		Map<String, Integer> counts = new HashMap<>();
		this.problem.sessions().forEach((session) -> counts.put(session.id(), session.interested().size()));
		return counts;
	}

}
