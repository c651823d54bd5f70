package de.impulsnetz.municipality;

import org.jspecify.annotations.Nullable;

/**
 * One channel of a municipality, e.g. its Instagram account.
 */
public record Channel(Platform platform, String url, @Nullable String handle) {

}
