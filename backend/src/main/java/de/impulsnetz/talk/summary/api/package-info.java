/**
 * The summary of a talk as JSON: read, save and publish it, for the organisers of the
 * series.
 */
package de.impulsnetz.talk.summary.api;
