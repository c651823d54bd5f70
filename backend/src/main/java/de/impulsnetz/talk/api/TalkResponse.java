package de.impulsnetz.talk.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import org.jspecify.annotations.Nullable;

/**
 * A talk; {@code version} is what a change is based on. The speakers' consent is shown to
 * the organisers of the series only.
 */
record TalkResponse(String series, String slug, String title, OffsetDateTime startsAt, int durationMinutes,
		List<SpeakerResponse> speakers, @JsonProperty("abstract") String abstractText, @Nullable String event,
		ApiState status, ApiVisibility visibility, String url, @Nullable Long version) {

	static TalkResponse of(Talk talk, boolean organiser, Instant now) {
		return new TalkResponse(talk.series(), talk.slug(), talk.title(), Berlin.offset(talk.startsAt()),
				talk.durationMinutes(),
				talk.speakers().stream().map((speaker) -> SpeakerResponse.of(speaker, organiser)).toList(),
				talk.abstractText(), talk.event(), ApiState.of(talk.stateAt(now)), ApiVisibility.of(talk.visibility()),
				"/impulse/" + talk.key(), talk.version());
	}

	/**
	 * A speaker with their licence; {@code recording} and {@code publication} for the
	 * organisers.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SpeakerResponse(String name, @Nullable String affiliation, @Nullable String bio, ApiLicence licence,
			@Nullable Boolean recording, @Nullable Boolean publication) {

		static SpeakerResponse of(Speaker speaker, boolean organiser) {
			return new SpeakerResponse(speaker.name(), speaker.affiliation(), speaker.bio(),
					ApiLicence.of(speaker.consent().licence()), organiser ? speaker.consent().recording() : null,
					organiser ? speaker.consent().publication() : null);
		}

	}

}
