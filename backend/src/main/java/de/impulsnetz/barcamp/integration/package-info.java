/**
 * What the barcamp module gives the rest of the platform: its content files
 * ({@code content/veranstaltungen}), a member's traces at events for export and erasure,
 * the events on a municipality's page, the talks of an Impuls-Termin, and the check the
 * talk module asks before a talk names an event for its registration.
 */
package de.impulsnetz.barcamp.integration;
