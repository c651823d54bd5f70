/**
 * Stores the recording, captions, chapters and slides that a talk's content file names
 * next to it (e.g. the demo talk's), once per version of each file.
 */
package de.impulsnetz.talk.mediaimport;
