package de.impulsnetz.barcamp.api;

import java.util.Set;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as the API shows it.
 *
 * @param votes points so far; absent while the event hides its tallies
 * @param myVote the caller's points for it, if any
 */
record ProposalResponse(String id, String slug, String title, String description, ProposalFormat format,
		String proposer, int length, Set<Equipment> needs, boolean recordingAllowed, @Nullable Integer votes,
		@Nullable Integer myVote, @Nullable Long version) {

	static ProposalResponse of(SessionProposal proposal, @Nullable Integer votes, @Nullable Integer myVote) {
		return new ProposalResponse(proposal.id(), proposal.slug(), proposal.title(), proposal.description(),
				proposal.format(), proposal.proposer(), proposal.length(), proposal.needs(),
				proposal.recordingAllowed(), votes, myVote, proposal.version());
	}

}
