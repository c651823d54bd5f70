package de.impulsnetz.talk.recording;

import de.impulsnetz.talk.publication.MissingForPublication;
import de.impulsnetz.talk.publication.PublicationRequirement;
import de.impulsnetz.talk.Talk;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * A recording that was uploaded must be processed before the talk is published: the
 * newest upload, as that is the one the organisers mean to publish.
 */
@Component
class RecordingRequirement implements PublicationRequirement {

	private final Recordings recordings;

	RecordingRequirement(Recordings recordings) {
		this.recordings = recordings;
	}

	@Override
	public Flux<MissingForPublication> missing(Talk talk) {
		return this.recordings.latest(talk).flatMapMany((job) -> switch (job.status()) {
			case FERTIG -> Flux.empty();
			case FEHLER -> Flux.just(MissingForPublication.of("talk.recording.missing.failed"));
			case WARTET, IN_ARBEIT -> Flux.just(MissingForPublication.of("talk.recording.missing.processing"));
		});
	}

}
