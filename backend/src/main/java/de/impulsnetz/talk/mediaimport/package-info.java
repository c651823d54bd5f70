/**
 * Stores the recording, captions, chapters and slides that a talk's content file names
 * next to it (e.g. the demo talk's), once per version of each file: which files those are
 * ({@link de.impulsnetz.talk.mediaimport.TalkMediaFiles}) and the import they go through.
 */
package de.impulsnetz.talk.mediaimport;
