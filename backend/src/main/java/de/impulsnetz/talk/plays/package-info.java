/**
 * How often a talk's recording was played, counted without cookies and without storing
 * anything about the listener.
 */
package de.impulsnetz.talk.plays;
