package de.impulsnetz.talk.authoring.web;

import java.util.List;

import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.authoring.SpeakerConsent;
import org.jspecify.annotations.Nullable;

/**
 * The consent of every speaker, one row each: an unticked box sends nothing, so the rows
 * say "ja" for agreed.
 */
record ConsentForm(@Nullable List<Row> speakers) {

	ConsentForm {
		speakers = (speakers != null) ? speakers : List.of();
	}

	static ConsentForm of(Talk talk) {
		return new ConsentForm(talk.speakers()
			.stream()
			.map((speaker) -> new Row(speaker.name(), speaker.consent().recording() ? "ja" : null,
					speaker.consent().publication() ? "ja" : null, speaker.consent().licence()))
			.toList());
	}

	List<SpeakerConsent> toConsents() {
		return this.speakers.stream()
			.filter((row) -> row.name() != null)
			.map((row) -> new SpeakerConsent(row.name(),
					new Consent("ja".equals(row.recording()), "ja".equals(row.publication()), row.licence())))
			.toList();
	}

	record Row(@Nullable String name, @Nullable String recording, @Nullable String publication,
			@Nullable Licence licence) {

	}

}
