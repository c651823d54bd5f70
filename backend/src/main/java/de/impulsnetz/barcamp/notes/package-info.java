/**
 * What remains of a session: notes written during and after it, the event's
 * documentation, the sessions in the search, and a session turned into a draft
 * Praxisbeispiel.
 */
package de.impulsnetz.barcamp.notes;
