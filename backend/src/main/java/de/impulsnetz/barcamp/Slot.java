package de.impulsnetz.barcamp;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A time slot of the event's grid; slots may span several days.
 *
 * @param label what happens in a break or plenary, e.g. "Mittagspause"
 */
public record Slot(Instant start, Instant end, SlotKind kind, @Nullable String label) {

	public boolean takesSessions() {
		return this.kind == SlotKind.SESSION;
	}

}
