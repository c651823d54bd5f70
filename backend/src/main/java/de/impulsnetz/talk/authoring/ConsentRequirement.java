package de.impulsnetz.talk.authoring;

import de.impulsnetz.talk.publication.MissingForPublication;
import de.impulsnetz.talk.publication.PublicationRequirement;
import de.impulsnetz.talk.Talk;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * No recording is published without every speaker's consent to being recorded and to
 * publication; names each speaker who has not agreed.
 */
@Component
class ConsentRequirement implements PublicationRequirement {

	@Override
	public Flux<MissingForPublication> missing(Talk talk) {
		return Flux.fromIterable(talk.speakers())
			.filter((speaker) -> !speaker.consent().agreed())
			.map((speaker) -> MissingForPublication.of("talk.authoring.missing.consent", speaker.name()));
	}

}
