/**
 * The Verteiler as JSON: a list's messages and writing to it, with the rules of the
 * pages.
 */
package de.impulsnetz.distribution.api;
