/**
 * A talk's recording in the JSON API: the raw upload and the state of its processing.
 */
package de.impulsnetz.talk.recording.api;
