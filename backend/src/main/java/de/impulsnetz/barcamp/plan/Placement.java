package de.impulsnetz.barcamp.plan;

/**
 * A session in the plan: it starts in {@code slot} and runs for the proposal's length in
 * the same room.
 *
 * @param slot index into the event's slots
 * @param pinned the suggestion leaves it where it is
 */
public record Placement(String proposalId, String room, int slot, boolean pinned) {

	Placement pinned(boolean pin) {
		return new Placement(this.proposalId, this.room, this.slot, pin);
	}

}
