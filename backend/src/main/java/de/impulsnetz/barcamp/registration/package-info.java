/**
 * Registration for an event: the roster of confirmed seats and the waiting list, kept
 * within capacity without transactions, and the mail to whoever moves up.
 */
package de.impulsnetz.barcamp.registration;
