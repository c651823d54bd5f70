package de.impulsnetz.barcamp.proposal;

import de.impulsnetz.barcamp.Equipment;
import java.util.Set;

/**
 * What a proposer writes: the same for a new proposal and a change.
 *
 * @param length in slots
 */
public record ProposalContent(String title, String description, ProposalFormat format, int length, Set<Equipment> needs,
		boolean recordingAllowed) {

	public ProposalContent {
		title = title.strip();
		description = (description != null) ? description.strip() : "";
		needs = (needs != null) ? Set.copyOf(needs) : Set.of();
		length = Math.max(1, length);
	}

}
