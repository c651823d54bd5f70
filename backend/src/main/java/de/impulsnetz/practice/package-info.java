/**
 * Praxisbeispiele: best-practice write-ups by municipalities for municipalities.
 */
package de.impulsnetz.practice;
