/**
 * The podcast feed of a series: RSS 2.0 with the iTunes tags Apple requires and the
 * Podcasting 2.0 namespace (transcripts, chapters, people, licence), written with Rome.
 */
package de.impulsnetz.talk.podcast;
