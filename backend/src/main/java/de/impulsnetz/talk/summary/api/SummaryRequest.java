package de.impulsnetz.talk.summary.api;

import de.impulsnetz.shared.text.DescribedImages;
import de.impulsnetz.shared.text.LocalImages;
import de.impulsnetz.talk.summary.TalkSummaries;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new version of the summary.
 *
 * @param markdown the whole text
 * @param version the version it is based on, as last read (0 before the first save)
 */
record SummaryRequest(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Der ganze Text in Markdown",
				maxLength = TalkSummaries.MAX_LENGTH) @NotBlank @Size(
						max = TalkSummaries.MAX_LENGTH) @DescribedImages @LocalImages @Nullable String markdown,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Die zuletzt gelesene Version (0, solange es keine gibt)") @NotNull @PositiveOrZero @Nullable Integer version) {

}
