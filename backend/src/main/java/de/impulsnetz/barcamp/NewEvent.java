package de.impulsnetz.barcamp;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser gives to create an event.
 */
public record NewEvent(String title, EventKind kind, Instant start, Instant end, Venue venue, int capacity,
		String description, List<Room> rooms, List<Slot> slots, @Nullable Window registration,
		@Nullable Window proposing, @Nullable Voting voting) {

}
