package de.impulsnetz.talk.api;

import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.authoring.SpeakerConsent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What one speaker agreed to.
 *
 * @param speaker the name as the talk lists it
 * @param licence default {@code ALLE-RECHTE-VORBEHALTEN}
 */
record ConsentRequest(@NotBlank @Size(max = 120) String speaker, @NotNull Boolean recording,
		@NotNull Boolean publication, @Nullable ApiLicence licence) {

	SpeakerConsent toConsent() {
		return new SpeakerConsent(this.speaker,
				new Consent(this.recording, this.publication, (this.licence != null) ? this.licence.licence() : null));
	}

}
