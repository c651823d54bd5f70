package de.impulsnetz.barcamp.plan;

/**
 * One room in one time slot of the grid.
 *
 * @param slot index into the event's slots
 */
public record Cell(String room, int slot) {

}
