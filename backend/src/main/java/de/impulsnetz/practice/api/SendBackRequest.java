package de.impulsnetz.practice.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the editor asks the authors to change; they see it with the case.
 */
record SendBackRequest(@NotBlank @Size(max = 2000) @Nullable String comment) {

}
