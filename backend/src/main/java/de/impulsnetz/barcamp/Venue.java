package de.impulsnetz.barcamp;

import org.jspecify.annotations.Nullable;

/**
 * Where an event takes place.
 */
public record Venue(String name, @Nullable String street, @Nullable String postalCode, String city) {

}
