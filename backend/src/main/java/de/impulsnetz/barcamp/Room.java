package de.impulsnetz.barcamp;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A room sessions run in: its name is unique within the event.
 */
public record Room(String name, int capacity, Set<Equipment> equipment) {

	public Room {
		equipment = (equipment != null) ? Set.copyOf(equipment) : Set.of();
	}

	public boolean offers(@Nullable Set<Equipment> needs) {
		return needs == null || this.equipment.containsAll(needs);
	}

}
