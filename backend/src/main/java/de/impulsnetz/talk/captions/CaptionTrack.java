package de.impulsnetz.talk.captions;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The captions of one talk in one language, stored as the clean WebVTT that
 * {@link WebVtt#write} made of the upload.
 *
 * @param talk the talk's id
 * @param language BCP 47 tag: a language, optionally with a region ({@code de},
 * {@code en-GB})
 */
@Document("talkCaptions")
@CompoundIndex(name = "talk_language", def = "{'talk': 1, 'language': 1}", unique = true)
public record CaptionTrack(@Id @Nullable String id, String talk, String language, String vtt, int cueCount,
		Instant updatedAt) {

	public static final String GERMAN = "de";

	/**
	 * The language's name in German, as the player's caption switch shows it.
	 */
	public String label() {
		return label(this.language);
	}

	public static String label(String language) {
		return Locale.forLanguageTag(language).getDisplayName(Locale.GERMAN);
	}

	CaptionTrack replacing(CaptionTrack existing) {
		return new CaptionTrack(existing.id, this.talk, this.language, this.vtt, this.cueCount, this.updatedAt);
	}

}
