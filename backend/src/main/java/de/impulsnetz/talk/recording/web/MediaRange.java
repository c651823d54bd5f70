package de.impulsnetz.talk.recording.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one byte range of a {@code Range} header that media requests are answered with (RFC
 * 9110, section 14): {@code bytes=first-last}, {@code bytes=first-} or the suffix
 * {@code bytes=-count}. A header with several ranges or of another unit is ignored (the
 * whole file is sent, as the RFC allows); a valid range that lies beyond the file is
 * unsatisfiable.
 *
 * @param first the first byte, inclusive
 * @param last the last byte, inclusive
 */
record MediaRange(long first, long last) {

	private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

	/** A range none of whose bytes exist: answered with 416. */
	static final MediaRange UNSATISFIABLE = new MediaRange(-1, -1);

	long length() {
		return this.last - this.first + 1;
	}

	/**
	 * The range of the header for a file of the length; {@code null} when the whole file
	 * is to be sent, {@link #UNSATISFIABLE} for 416.
	 */
	static @Nullable MediaRange of(@Nullable String header, long length) {
		if (header == null) {
			return null;
		}
		Matcher single = SINGLE.matcher(header);
		if (!single.matches() || (single.group(1).isEmpty() && single.group(2).isEmpty())) {
			return null;
		}
		try {
			if (single.group(1).isEmpty()) {
				long count = Long.parseLong(single.group(2));
				return (count == 0 || length == 0) ? UNSATISFIABLE
						: new MediaRange(Math.max(0, length - count), length - 1);
			}
			long first = Long.parseLong(single.group(1));
			long last = single.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(single.group(2));
			if (last < first) {
				return null;
			}
			return (first >= length) ? UNSATISFIABLE : new MediaRange(first, Math.min(last, length - 1));
		}
		catch (NumberFormatException tooLong) {
			return null;
		}
	}

}
