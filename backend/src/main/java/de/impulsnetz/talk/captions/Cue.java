package de.impulsnetz.talk.captions;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One caption: from {@code start} to {@code end}, its cue settings (e.g. {@code line:0})
 * and its text, already sanitised (only voice, italic, bold, underline, class, language
 * spans and timestamps remain).
 */
public record Cue(Duration start, Duration end, String settings, String text) {

	private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w-]+)*[ \\t]+([^>]*)>");

	/**
	 * The speaker named by the first {@code <v Name>}; {@code null} without one.
	 */
	public @Nullable String speaker() {
		Matcher voice = VOICE.matcher(this.text);
		if (!voice.find()) {
			return null;
		}
		String name = CueText.unescape(voice.group(1)).strip();
		return name.isEmpty() ? null : name;
	}

	/**
	 * The words without markup, lines joined by a space.
	 */
	public String plainText() {
		return CueText.plain(this.text);
	}

}
