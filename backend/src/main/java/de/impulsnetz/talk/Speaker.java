package de.impulsnetz.talk;

import org.jspecify.annotations.Nullable;

/**
 * Who gave a talk, and for which institution.
 */
public record Speaker(String name, @Nullable String affiliation) {

}
