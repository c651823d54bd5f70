package de.impulsnetz.talk.api;

import de.impulsnetz.talk.Speaker;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A speaker of a talk; consent is given separately ({@code PUT …/einwilligungen}).
 */
record SpeakerRequest(@NotBlank @Size(max = 120) String name, @Size(max = 160) @Nullable String affiliation,
		@Size(max = 1000) @Nullable String bio) {

	Speaker toSpeaker() {
		return new Speaker(this.name.strip(), blankToNull(this.affiliation), blankToNull(this.bio), null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
