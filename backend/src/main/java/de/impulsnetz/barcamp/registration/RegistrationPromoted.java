package de.impulsnetz.barcamp.registration;

/**
 * Someone moved up from the waiting list because a seat became free.
 */
public record RegistrationPromoted(String event, Registration registration) {

}
