package de.impulsnetz.practice;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A result in figures, with the date it was true on: "12.400 Follower auf Instagram
 * (Stand 1. März 2025)".
 */
public record KeyFigure(@NotBlank @Size(max = 40) String value, @NotBlank @Size(max = 160) String label,
		@Nullable LocalDate asOf) {

}
