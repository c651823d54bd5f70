/**
 * Impulse: expert talk series (Impulsreihen), their talks and speakers, recordings with
 * captions, chapters, slides and transcripts, the summaries organisers publish, and the
 * feeds and podcast that carry them.
 */
@ApplicationModule(allowedDependencies = { "shared", "content", "identity", "mail", "media", "municipality", "search" })
package de.impulsnetz.talk;

import org.springframework.modulith.ApplicationModule;
