package de.impulsnetz.talk.summary.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Which saved version to publish: the one the organiser read.
 */
record PublishSummaryRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		description = "Die gespeicherte Version, die veröffentlicht werden soll") @NotNull @Positive @Nullable Integer version) {

}
