package de.impulsnetz.workinggroup.actions;

/**
 * Where a Maßnahme stands; the names are the API's values.
 */
public enum ActionStatus {

	OFFEN, ERLEDIGT

}
