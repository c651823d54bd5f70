/**
 * The recording page of a talk, its streamed upload form and the media addresses the
 * player reads.
 */
package de.impulsnetz.talk.recording.web;
