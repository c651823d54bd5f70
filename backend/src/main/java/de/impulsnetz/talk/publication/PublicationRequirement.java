package de.impulsnetz.talk.publication;

import de.impulsnetz.talk.Talk;
import reactor.core.publisher.Flux;

/**
 * A rule a talk's recording must meet before it is published, contributed by the
 * sub-domain that knows it (recordings: processed; captions: German captions for a video,
 * a transcript for audio; consent: every speaker agreed). Publishing asks every bean of
 * this type; the editing page shows what they report.
 */
public interface PublicationRequirement {

	/**
	 * What the talk still lacks; empty when this rule is met.
	 */
	Flux<MissingForPublication> missing(Talk talk);

}
