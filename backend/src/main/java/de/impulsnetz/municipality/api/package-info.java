/**
 * The directory of municipalities as JSON under {@code /api/v1/kommunen}: who takes part,
 * with the addresses the channel API and the other APIs name them by.
 */
package de.impulsnetz.municipality.api;
