package de.impulsnetz.talk.captions;

import de.impulsnetz.talk.publication.MissingForPublication;
import de.impulsnetz.talk.publication.PublicationRequirement;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.recording.Recordings;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * What the law asks of prerecorded media (WCAG 2.1 AA, BITV 2.0): a video is published
 * only with German captions, an audio recording only with a transcript, which its German
 * captions are (the transcript page is made from them). A talk without a processed
 * recording needs neither.
 */
@Component
class CaptionsRequirement implements PublicationRequirement {

	private final Recordings recordings;

	private final TalkCaptions captions;

	CaptionsRequirement(Recordings recordings, TalkCaptions captions) {
		this.recordings = recordings;
		this.captions = captions;
	}

	@Override
	public Flux<MissingForPublication> missing(Talk talk) {
		return this.recordings.current(talk)
			.filterWhen((recording) -> this.captions.track(talk, CaptionTrack.GERMAN).hasElement().map((has) -> !has))
			.map((recording) -> MissingForPublication.of(recording.isVideo() ? "talk.captions.missing.videoCaptions"
					: "talk.captions.missing.audioTranscript"))
			.flux();
	}

}
