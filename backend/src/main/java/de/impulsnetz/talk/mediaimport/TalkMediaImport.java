package de.impulsnetz.talk.mediaimport;

import de.impulsnetz.talk.Talk;
import reactor.core.publisher.Mono;

/**
 * Stores the media a talk's content file names ({@link TalkMediaFiles}) through the
 * services that own them; implemented where those services live. Importing unchanged
 * files again does nothing.
 */
public interface TalkMediaImport {

	Mono<Void> importMedia(Talk talk, TalkMediaFiles files);

}
