package de.impulsnetz.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Who to ask about a practice: a team or role, not necessarily a person.
 */
public record Contact(@NotBlank @Size(max = 120) String name, @Size(max = 120) @Nullable String role) {

}
