/**
 * The plan pages: the public plan with its live updates, the organisers' plan editor, and
 * what the venue shows (now and next, the print view, the QR code).
 */
package de.impulsnetz.barcamp.plan.web;
