/**
 * The session page with its notes, the event's documentation, and the step from a session
 * to a draft Praxisbeispiel.
 */
package de.impulsnetz.barcamp.notes.web;
