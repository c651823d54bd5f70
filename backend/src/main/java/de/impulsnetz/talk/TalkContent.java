package de.impulsnetz.talk;

import de.impulsnetz.talk.publication.Consent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What organisers write about a talk, from the editing page or the API.
 *
 * @param speakers name, affiliation and bio; their consent is kept by name
 * @param abstractText Markdown
 * @param event slug of an Impuls-Termin, if any
 */
public record TalkContent(String title, Instant startsAt, int durationMinutes, List<Speaker> speakers,
		String abstractText, @Nullable String event, Visibility visibility) {

	public TalkContent {
		speakers = List.copyOf(speakers);
		abstractText = (abstractText != null) ? abstractText : "";
		visibility = (visibility != null) ? visibility : Visibility.PUBLIC;
	}

	/**
	 * The speakers as written, each with the consent the speaker of that name gave
	 * before: renaming a speaker asks for their consent again.
	 */
	List<Speaker> speakersKeepingConsentOf(List<Speaker> before) {
		Map<String, Consent> given = before.stream()
			.collect(Collectors.toMap(Speaker::name, Speaker::consent, (first, second) -> first));
		return this.speakers.stream()
			.map((speaker) -> speaker.withConsent(given.getOrDefault(speaker.name(), Consent.NONE)))
			.toList();
	}

}
