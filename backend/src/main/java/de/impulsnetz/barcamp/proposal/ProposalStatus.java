package de.impulsnetz.barcamp.proposal;

/**
 * Whether a proposal is still on the board.
 */
public enum ProposalStatus {

	OPEN, WITHDRAWN

}
