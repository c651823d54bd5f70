package de.impulsnetz.barcamp;

/**
 * What happens in a time slot: sessions in parallel, or everyone together.
 */
public enum SlotKind {

	/** Sessions run in parallel in the rooms. */
	SESSION,

	/** A break: nothing is planned. */
	BREAK,

	/** Everyone in one place: opening, session planning, closing round. */
	PLENARY

}
