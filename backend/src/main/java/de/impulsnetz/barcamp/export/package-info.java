/**
 * The session plan for other programs: iCalendar, the C3VOC {@code schedule.xml} and
 * {@code schedule.json} for conference apps, and QR codes pointing at the plan.
 */
package de.impulsnetz.barcamp.export;
