package de.impulsnetz.practice;

import java.util.Locale;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the knowledge base to; every part is optional.
 *
 * @param text words that must appear in title, teaser, topics or text (until the search
 * index answers it)
 */
public record PracticeFilter(@Nullable Platform channel, @Nullable String topic, @Nullable String municipality,
		@Nullable MunicipalityKind institutionKind, @Nullable String text) {

	public static final PracticeFilter NONE = new PracticeFilter(null, null, null, null, null);

	boolean matches(Practice practice) {
		PracticeContent content = practice.content();
		return (this.channel == null || content.channels().contains(this.channel))
				&& (this.topic == null || content.topics().stream().anyMatch(this.topic::equalsIgnoreCase))
				&& (this.municipality == null || content.municipalities().contains(this.municipality))
				&& (this.institutionKind == null || content.institutionKind() == this.institutionKind)
				&& (this.text == null || this.text.isBlank() || containsAllWords(content));
	}

	private boolean containsAllWords(PracticeContent content) {
		String haystack = String
			.join(" ", content.title(), content.teaser(), String.join(" ", content.topics()), content.body())
			.toLowerCase(Locale.GERMAN);
		for (String word : this.text.toLowerCase(Locale.GERMAN).split("\\s+")) {
			if (!word.isBlank() && !haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

}
