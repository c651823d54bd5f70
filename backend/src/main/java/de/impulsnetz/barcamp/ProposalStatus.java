package de.impulsnetz.barcamp;

/**
 * Whether a proposal is still on the board.
 */
public enum ProposalStatus {

	OPEN, WITHDRAWN

}
