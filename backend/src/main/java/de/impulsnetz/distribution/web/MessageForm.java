package de.impulsnetz.distribution.web;

import de.impulsnetz.distribution.Distribution;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A message or a reply as typed; everything comes back when it cannot be taken.
 */
public record MessageForm(@Size(max = Distribution.MAX_TITLE) @Nullable String title,
		@NotBlank @Size(max = Distribution.MAX_TEXT) @Nullable String text) {

	static final MessageForm EMPTY = new MessageForm("", "");

}
