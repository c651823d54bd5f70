/**
 * The JSON API for a talk's captions, chapters and slides under
 * {@code /api/v1/impulse/{reihe}/vortraege/{talk}}.
 */
package de.impulsnetz.talk.captions.api;
