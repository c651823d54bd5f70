package de.impulsnetz.barcamp;

/**
 * How members say which sessions they want.
 */
public enum VotingMode {

	/** One "+1" per proposal, as many proposals as the member likes. */
	PLUS_ONE,

	/** A budget of points to spread over the proposals, several on one if it matters. */
	BUDGET

}
