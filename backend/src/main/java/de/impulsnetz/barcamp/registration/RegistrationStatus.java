package de.impulsnetz.barcamp.registration;

/**
 * Where a registration stands; the names are those of the API.
 */
public enum RegistrationStatus {

	/** A seat is taken. */
	BESTAETIGT,

	/** On the waiting list; moves up when someone cancels. */
	WARTELISTE

}
