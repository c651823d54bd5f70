/**
 * The JSON API of events under {@code /api/v1/veranstaltungen}: events, registrations,
 * proposals, votes and the plan, with German problem details for refusals.
 */
package de.impulsnetz.barcamp.api;
