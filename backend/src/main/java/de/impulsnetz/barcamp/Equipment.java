package de.impulsnetz.barcamp;

/**
 * What a room offers and a session may need.
 */
public enum Equipment {

	BEAMER, FLIPCHART, PINNWAND, MIKROFON

}
