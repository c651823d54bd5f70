package de.impulsnetz.talk.captions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.impulsnetz.talk.captions.ChaptersInvalid.Error;
import org.jspecify.annotations.Nullable;

/**
 * Reads chapters as organisers write them: pasted lines like {@code 00:00 Begrüßung} or
 * {@code 1:02:03 Fragen}, or rows of start and title. Times are {@code m:ss},
 * {@code mm:ss} or {@code h:mm:ss}, optionally with milliseconds ({@code .250}); the
 * chapters must come in order and start within the recording.
 */
public final class Chapters {

	/** More than any talk needs, few enough for a player's menu. */
	public static final int MAX = 200;

	public static final int MAX_TITLE = 200;

	private static final Pattern TIME = Pattern
		.compile("(?:(\\d{1,2}):([0-5]\\d)|(\\d{1,3})):([0-5]\\d)(?:\\.(\\d{1,3}))?");

	private static final Pattern LINE = Pattern.compile("(\\d[\\d:.]*)(?:\\s+[-–—:]?\\s*(.*))?");

	private Chapters() {
	}

	/**
	 * The chapters of pasted text, one a line; empty lines are skipped.
	 * @throws ChaptersInvalid naming every wrong line (numbered from 1)
	 */
	public static List<Chapter> fromText(String text, @Nullable Duration duration) {
		List<Entry> entries = new ArrayList<>();
		List<Error> errors = new ArrayList<>();
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip().replace("\uFEFF", "");
			if (line.isEmpty()) {
				continue;
			}
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches()) {
				errors.add(Error.of(i + 1, "start", "talk.captions.chapters.startMissing"));
			}
			else {
				entries.add(new Entry(i + 1, matcher.group(1), (matcher.group(2) != null) ? matcher.group(2) : ""));
			}
		}
		return checked(entries, errors, duration);
	}

	/**
	 * The chapters of rows with start and title; rows with neither are skipped.
	 * @throws ChaptersInvalid naming every wrong row (numbered from 0)
	 */
	public static List<Chapter> fromRows(List<Row> rows, @Nullable Duration duration) {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String start = (row != null && row.start() != null) ? row.start().strip() : "";
			String title = (row != null && row.title() != null) ? row.title() : "";
			if (!start.isEmpty() || !title.isBlank()) {
				entries.add(new Entry(i, start, title));
			}
		}
		return checked(entries, new ArrayList<>(), duration);
	}

	/**
	 * A chapter as a form or the API sends it.
	 */
	public record Row(@Nullable String start, @Nullable String title) {

	}

	private record Entry(int position, String start, String title) {

	}

	private static List<Chapter> checked(List<Entry> entries, List<Error> errors, @Nullable Duration duration) {
		List<Chapter> chapters = new ArrayList<>();
		Duration before = null;
		for (Entry entry : entries) {
			Duration start = parseTime(entry.start());
			String title = entry.title().strip();
			if (start == null) {
				errors.add(entry.start().isEmpty()
						? Error.of(entry.position(), "start", "talk.captions.chapters.startMissing")
						: Error.of(entry.position(), "start", "talk.captions.chapters.time", entry.start()));
			}
			else if (before != null && start.compareTo(before) <= 0) {
				errors.add(Error.of(entry.position(), "start", "talk.captions.chapters.order", clock(start),
						clock(before)));
			}
			else if (duration != null && start.compareTo(duration) >= 0) {
				errors.add(Error.of(entry.position(), "start", "talk.captions.chapters.beyondDuration", clock(start),
						clock(duration)));
			}
			if (title.isEmpty()) {
				errors.add(Error.of(entry.position(), "title", "talk.captions.chapters.titleMissing"));
			}
			else if (title.length() > MAX_TITLE) {
				errors.add(Error.of(entry.position(), "title", "talk.captions.chapters.titleTooLong", MAX_TITLE));
			}
			if (start != null) {
				before = (before == null || start.compareTo(before) > 0) ? start : before;
				chapters.add(new Chapter(start, title));
			}
		}
		if (entries.size() > MAX) {
			errors.add(Error.of(entries.get(MAX).position(), "start", "talk.captions.chapters.tooMany", MAX));
		}
		if (!errors.isEmpty()) {
			throw new ChaptersInvalid(errors);
		}
		return List.copyOf(chapters);
	}

	/**
	 * The time of {@code 12:34}, {@code 1:02:03} or {@code 12:34.500}; {@code null} when
	 * it is none.
	 */
	static @Nullable Duration parseTime(String text) {
		Matcher time = TIME.matcher(text);
		if (!time.matches()) {
			return null;
		}
		long hours = (time.group(1) != null) ? Long.parseLong(time.group(1)) : 0;
		long minutes = Long.parseLong((time.group(2) != null) ? time.group(2) : time.group(3));
		String millis = (time.group(5) != null) ? (time.group(5) + "00").substring(0, 3) : "0";
		return Duration.ofHours(hours)
			.plusMinutes(minutes)
			.plusSeconds(Long.parseLong(time.group(4)))
			.plusMillis(Long.parseLong(millis));
	}

	/**
	 * {@code 12:34} below an hour, {@code 1:02:03} from then on: how the transcript and
	 * the chapter list show times.
	 */
	public static String clock(Duration time) {
		long seconds = time.toSeconds();
		if (seconds >= 3600) {
			return String.format("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
		}
		return String.format("%02d:%02d", seconds / 60, seconds % 60);
	}

}
