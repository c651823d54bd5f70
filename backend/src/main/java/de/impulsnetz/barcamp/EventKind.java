package de.impulsnetz.barcamp;

/**
 * The formats municipalities meet in.
 */
public enum EventKind {

	BARCAMP, RUNDER_TISCH, AG_TREFFEN, IMPULS_TERMIN

}
