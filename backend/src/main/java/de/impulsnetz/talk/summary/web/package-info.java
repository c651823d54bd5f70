/**
 * The summary's editing page with its preview, the version list and the comparison of two
 * versions, for the organisers of the series.
 */
package de.impulsnetz.talk.summary.web;
