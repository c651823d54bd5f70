package de.impulsnetz.distribution.api;

import de.impulsnetz.distribution.Distribution;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A message to a list, or with {@code antwortAuf} a reply to one of its messages.
 */
record MessageRequest(
		@Schema(description = "Betreff, freiwillig; bei Antworten ohne Wirkung") @Size(
				max = Distribution.MAX_TITLE) @Nullable String titel,
		@Schema(description = "Text in Markdown") @NotBlank @Size(max = Distribution.MAX_TEXT) String text,
		@Schema(description = "Id der Nachricht, auf die geantwortet wird") @Nullable String antwortAuf) {

}
