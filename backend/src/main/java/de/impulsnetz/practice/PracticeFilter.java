package de.impulsnetz.practice;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the knowledge base to; every part is optional.
 */
public record PracticeFilter(@Nullable Platform channel, @Nullable String topic, @Nullable String municipality,
		@Nullable MunicipalityKind institutionKind) {

	public static final PracticeFilter NONE = new PracticeFilter(null, null, null, null);

	boolean matches(Practice practice) {
		PracticeContent content = practice.content();
		return (this.channel == null || content.channels().contains(this.channel))
				&& (this.topic == null || content.topics().stream().anyMatch(this.topic::equalsIgnoreCase))
				&& (this.municipality == null || content.municipalities().contains(this.municipality))
				&& (this.institutionKind == null || content.institutionKind() == this.institutionKind);
	}

}
