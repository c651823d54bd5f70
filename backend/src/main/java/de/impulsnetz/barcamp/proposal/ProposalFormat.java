package de.impulsnetz.barcamp.proposal;

/**
 * How a proposed barcamp session is run.
 */
public enum ProposalFormat {

	DISKUSSION, WORKSHOP, IMPULS, FRAGE_IN_DIE_RUNDE

}
