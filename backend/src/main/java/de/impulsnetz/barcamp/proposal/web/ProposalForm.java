package de.impulsnetz.barcamp.proposal.web;

import java.util.List;
import java.util.Set;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.proposal.ProposalContent;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.shared.text.DescribedImages;
import de.impulsnetz.shared.text.LocalImages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The proposal form; everything typed comes back when something is wrong.
 *
 * @param onBehalfOf organisers only: who proposed it on the pinboard
 * @param recordingAllowed {@code ja} or {@code nein}
 * @param version the version the change started from
 */
record ProposalForm(@NotBlank @Size(max = 160) String title,
		@Size(max = 5000) @DescribedImages @LocalImages @Nullable String description, @NotNull ProposalFormat format,
		@Min(1) @Max(4) int length, @Nullable List<Equipment> needs, @Nullable String recordingAllowed,
		@Size(max = 120) @Nullable String onBehalfOf, @Nullable Long version) {

	ProposalForm {
		needs = (needs != null) ? needs : List.of();
		length = Math.max(1, length);
	}

	static ProposalForm blank() {
		return new ProposalForm("", "", ProposalFormat.DISKUSSION, 1, List.of(), "ja", "", null);
	}

	static ProposalForm of(SessionProposal proposal) {
		return new ProposalForm(proposal.title(), proposal.description(), proposal.format(), proposal.length(),
				List.copyOf(proposal.needs()), proposal.recordingAllowed() ? "ja" : "nein", "", proposal.version());
	}

	ProposalContent toContent() {
		return new ProposalContent(this.title, this.description, this.format, this.length, Set.copyOf(this.needs),
				!"nein".equals(this.recordingAllowed));
	}

}
