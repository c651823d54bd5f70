/**
 * The session plan of an event: rooms × time slots built by the organisers, the
 * optimiser's suggestion and its warnings, the timetable it makes, and its live updates.
 */
package de.impulsnetz.barcamp.plan;
