/**
 * The organisers' participant list of an event, as a page and as CSV.
 */
package de.impulsnetz.barcamp.registration.web;
