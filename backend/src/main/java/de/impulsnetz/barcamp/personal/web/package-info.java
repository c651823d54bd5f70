/**
 * Starring sessions, the personal plan page and its calendar subscription.
 */
package de.impulsnetz.barcamp.personal.web;
