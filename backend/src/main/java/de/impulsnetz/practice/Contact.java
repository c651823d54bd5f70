package de.impulsnetz.practice;

import org.jspecify.annotations.Nullable;

/**
 * Who to ask about a practice: a team or role, not necessarily a person.
 */
public record Contact(String name, @Nullable String role) {

}
