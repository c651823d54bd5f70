package de.impulsnetz.barcamp.proposal;

/**
 * No open proposal with this id at this event (HTTP 404).
 */
public final class ProposalNotFound extends RuntimeException {

	public ProposalNotFound(String id) {
		super("No open proposal " + id);
	}

}
