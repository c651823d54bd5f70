/**
 * A member's own view of an event: the sessions they starred and the private calendar
 * address of their personal plan.
 */
package de.impulsnetz.barcamp.personal;
