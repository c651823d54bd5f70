package de.impulsnetz.workinggroup.campaign;

/**
 * Where a planned post stands; the names are the API's values.
 */
public enum PostStatus {

	GEPLANT, VEROEFFENTLICHT

}
