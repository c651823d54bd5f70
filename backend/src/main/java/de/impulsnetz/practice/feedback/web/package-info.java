/**
 * The "Hilfreich" and "Übernommen" buttons on the page of a Praxisbeispiel.
 */
package de.impulsnetz.practice.feedback.web;
