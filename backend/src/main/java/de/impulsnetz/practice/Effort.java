package de.impulsnetz.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a practice costs, so that others can judge whether they can afford it.
 *
 * @param people how many people work on it
 * @param hoursPerWeek hours per week, all people together
 * @param budget in words, e.g. "kein eigenes Budget" or "ca. 1.500 € im Jahr"
 */
public record Effort(@PositiveOrZero @Max(1000) @Nullable Integer people,
		@PositiveOrZero @Max(400) @Nullable Integer hoursPerWeek, @Size(max = 120) @Nullable String budget) {

	public boolean isEmpty() {
		return this.people == null && this.hoursPerWeek == null && (this.budget == null || this.budget.isBlank());
	}

}
