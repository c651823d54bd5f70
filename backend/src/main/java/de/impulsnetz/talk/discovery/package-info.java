/**
 * Talks being found and followed: their search documents (with a transcript hit's
 * second), the related Praxisbeispiele and barcamp sessions of a talk page and the cases
 * inspired by it.
 */
package de.impulsnetz.talk.discovery;
