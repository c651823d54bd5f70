package de.impulsnetz.barcamp.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.plan.PlanProblem.PlanSession;

/**
 * Something organisers should look at in a plan; shown while planning, never a refusal.
 *
 * @param proposalIds the sessions concerned
 * @param slot where it happens (index into the event's slots)
 * @param number how many seats are short, or which equipment is missing as a count
 * @param missing the missing equipment
 */
public record PlanWarning(Kind kind, List<String> proposalIds, String room, int slot, int number,
		Set<Equipment> missing) {

	public enum Kind {

		/** One proposer in two sessions at the same time. */
		PROPOSER_PARALLEL,

		/** More interested members than the room has seats. */
		SEATS_SHORT,

		/** The room lacks what the session needs. */
		MISSING_EQUIPMENT,

		/**
		 * The session runs into a break, a plenary, a blocked cell or the end of the day.
		 */
		TOO_LONG

	}

	/**
	 * The warnings of a plan.
	 */
	public static List<PlanWarning> of(PlanProblem problem, List<Placement> placements) {
		Map<String, PlanSession> sessions = new HashMap<>();
		problem.sessions().forEach((session) -> sessions.put(session.id(), session));
		List<PlanWarning> warnings = new ArrayList<>();
		Map<String, Map<Integer, String>> proposerAt = new HashMap<>();
		for (Placement placement : placements) {
			PlanSession session = sessions.get(placement.proposalId());
			Room room = problem.rooms()
				.stream()
				.filter((candidate) -> candidate.name().equals(placement.room()))
				.findFirst()
				.orElse(null);
			if (session == null || room == null) {
				continue;
			}
			if (session.interested().size() > room.capacity()) {
				warnings.add(new PlanWarning(Kind.SEATS_SHORT, List.of(session.id()), room.name(), placement.slot(),
						session.interested().size() - room.capacity(), Set.of()));
			}
			Set<Equipment> missing = new TreeSet<>(session.needs());
			missing.removeAll(room.equipment());
			if (!missing.isEmpty()) {
				warnings.add(new PlanWarning(Kind.MISSING_EQUIPMENT, List.of(session.id()), room.name(),
						placement.slot(), missing.size(), missing));
			}
			int end = placement.slot() + session.length();
			for (int t = placement.slot(); t < end; t++) {
				boolean usable = t < problem.slots().size() && problem.slots().get(t).takesSessions()
						&& !problem.blocked().contains(new Cell(room.name(), t));
				if (!usable) {
					warnings.add(new PlanWarning(Kind.TOO_LONG, List.of(session.id()), room.name(), placement.slot(),
							session.length(), Set.of()));
					break;
				}
				if (session.proposerId() != null) {
					String other = proposerAt.computeIfAbsent(session.proposerId(), (key) -> new HashMap<>())
						.putIfAbsent(t, session.id());
					if (other != null && !other.equals(session.id())) {
						warnings.add(new PlanWarning(Kind.PROPOSER_PARALLEL, List.of(other, session.id()), room.name(),
								t, 2, Set.of()));
					}
				}
			}
		}
		return warnings;
	}

}
