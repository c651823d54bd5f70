package de.impulsnetz.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A link to something readers can look at: a channel, a post, a strategy paper.
 */
public record Link(@NotBlank @Size(max = 160) String title,
		@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String url) {

}
