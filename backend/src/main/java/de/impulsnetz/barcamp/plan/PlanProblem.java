package de.impulsnetz.barcamp.plan;

import java.util.List;
import java.util.Set;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.Slot;
import org.jspecify.annotations.Nullable;

/**
 * What the optimiser plans: the rooms, the time grid, the open proposals with who wants
 * them, what is pinned and what is blocked.
 */
public record PlanProblem(List<Room> rooms, List<Slot> slots, List<PlanSession> sessions, List<Placement> pinned,
		List<Cell> blocked) {

	/**
	 * A proposal as the optimiser sees it.
	 *
	 * @param points votes or points given; decides who gets the big rooms
	 * @param interested members who voted for it
	 */
	public record PlanSession(String id, int length, Set<Equipment> needs, @Nullable String proposerId, int points,
			Set<String> interested) {

	}

}
