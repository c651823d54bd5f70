/**
 * The organisers' pages for series and talks, with the talk's editing hub.
 */
package de.impulsnetz.talk.authoring.web;
