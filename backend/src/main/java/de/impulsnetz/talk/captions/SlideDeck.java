package de.impulsnetz.talk.captions;

import java.time.Instant;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A talk's slides: the PDF in GridFS (bucket {@code talkSlides}) and its text for search.
 *
 * @param talk the talk's id
 * @param file id of the PDF in GridFS
 * @param text the words of every page, as PDFBox reads them
 */
@Document("talkSlideDecks")
public record SlideDeck(@Id String talk, String file, long bytes, int pages, String text, Instant uploadedAt) {

	/**
	 * The size as a download link shows it, e.g. "2,4 MB".
	 */
	public String size() {
		if (this.bytes < 1_000_000) {
			return String.format(Locale.GERMAN, "%d kB", Math.max(1, Math.round(this.bytes / 1000.0)));
		}
		return String.format(Locale.GERMAN, "%.1f MB", this.bytes / 1_000_000.0);
	}

}
