package de.impulsnetz.practice.api;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What the editor publishes: the revision they reviewed ({@code revision}, or
 * {@code pending.revision} for a change to a published case). If the authors saved again
 * since, publishing is refused with 409.
 */
record PublishRequest(@NotNull @Nullable Integer revision) {

}
