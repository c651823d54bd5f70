package de.impulsnetz.talk.captions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The captions as text to read: paragraphs by speaker, each starting at a time the reader
 * can jump to, each line a caption that the page marks while it is spoken.
 */
public record Transcript(String language, List<Paragraph> paragraphs) {

	/** A paragraph ends after this many captions even when the speaker goes on. */
	static final int LINES_PER_PARAGRAPH = 6;

	/** A pause this long starts a new paragraph. */
	static final Duration PAUSE = Duration.ofSeconds(5);

	public Transcript {
		paragraphs = List.copyOf(paragraphs);
	}

	/**
	 * Groups the cues by speaker. A cue without a voice ({@code <v Name>}) is taken to be
	 * spoken by whoever spoke before: captioners name the speaker when it changes.
	 */
	public static Transcript of(String language, List<Cue> cues) {
		List<Paragraph> paragraphs = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		String speaker = null;
		Duration lastEnd = null;
		for (Cue cue : cues) {
			String text = cue.plainText();
			if (text.isEmpty()) {
				continue;
			}
			String voice = (cue.speaker() != null) ? cue.speaker() : speaker;
			boolean pause = lastEnd != null && cue.start().minus(lastEnd).compareTo(PAUSE) >= 0;
			if (!lines.isEmpty() && (!Objects.equals(voice, speaker) || pause || lines.size() >= LINES_PER_PARAGRAPH)) {
				paragraphs.add(new Paragraph(speaker, lines));
				lines = new ArrayList<>();
			}
			speaker = voice;
			lines.add(new Line(cue.start(), cue.end(), text));
			lastEnd = cue.end();
		}
		if (!lines.isEmpty()) {
			paragraphs.add(new Paragraph(speaker, lines));
		}
		return new Transcript(language, paragraphs);
	}

	/**
	 * What one speaker said without a break.
	 */
	public record Paragraph(@Nullable String speaker, List<Line> lines) {

		public Paragraph {
			lines = List.copyOf(lines);
		}

		public Line first() {
			return this.lines.get(0);
		}

	}

	/**
	 * One caption's words, with the times the page needs to follow the player.
	 */
	public record Line(Duration start, Duration end, String text) {

		public long startSeconds() {
			return this.start.toSeconds();
		}

		/** Start in seconds with milliseconds, for the player. */
		public String startPrecise() {
			return String.format(java.util.Locale.ROOT, "%.3f", this.start.toMillis() / 1000.0);
		}

		public String endPrecise() {
			return String.format(java.util.Locale.ROOT, "%.3f", this.end.toMillis() / 1000.0);
		}

		public String clock() {
			return Chapters.clock(this.start);
		}

	}

}
