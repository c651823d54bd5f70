/**
 * The JSON API of Praxisbeispiele under {@code /api/v1/praxis}: reading with the filters
 * of the page, writing and the review workflow.
 */
package de.impulsnetz.practice.api;
