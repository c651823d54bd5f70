package de.impulsnetz.barcamp.api;

import java.util.Set;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.proposal.ProposalContent;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.shared.text.DescribedImages;
import de.impulsnetz.shared.text.LocalImages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A session proposal as JSON.
 *
 * @param length in slots (default 1)
 * @param recordingAllowed default yes
 * @param onBehalfOf organisers only: the name of the person proposing
 */
record ProposalRequest(@NotBlank @Size(max = 160) String title,
		@Size(max = 5000) @DescribedImages @LocalImages @Nullable String description, @NotNull ProposalFormat format,
		@Min(1) @Max(4) @Nullable Integer length, @Nullable Set<@NotNull Equipment> needs,
		@Nullable Boolean recordingAllowed, @Size(max = 120) @Nullable String onBehalfOf) {

	ProposalContent toContent() {
		return new ProposalContent(this.title, this.description, this.format, (this.length != null) ? this.length : 1,
				this.needs, !Boolean.FALSE.equals(this.recordingAllowed));
	}

}
