/**
 * Veranstaltungen: barcamps, Runde Tische, AG-Treffen and Impuls-Termine — registration,
 * session proposals, voting and the session plan.
 */
package de.impulsnetz.barcamp;
