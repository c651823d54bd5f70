package de.impulsnetz.barcamp.plan;

/**
 * How good a plan is for the people who voted.
 *
 * @param memberConflicts members who voted for two sessions that run at the same time
 * @param clashes pairs of voted sessions at the same time, summed over members
 * @param seatsShort interested members beyond the seats of the rooms, summed over
 * sessions
 * @param unplaced open proposals that did not get a room
 */
public record PlanScore(int memberConflicts, int clashes, int seatsShort, int unplaced) {

}
