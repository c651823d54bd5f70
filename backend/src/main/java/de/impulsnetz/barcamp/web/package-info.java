/**
 * The event pages (list, detail with registration, the organisers' event form) and the
 * view models and notices the pages of every sub-domain share.
 */
package de.impulsnetz.barcamp.web;
