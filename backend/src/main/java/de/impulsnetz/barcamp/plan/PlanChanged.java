package de.impulsnetz.barcamp.plan;

/**
 * The session plan of an event was saved in a new version.
 */
public record PlanChanged(String event, long version) {

}
