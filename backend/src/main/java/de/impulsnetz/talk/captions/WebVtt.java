package de.impulsnetz.talk.captions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads captions as WebVTT or SRT and writes them as clean WebVTT: the header, then every
 * cue with its timing and its sanitised text; identifiers, comments ({@code NOTE}),
 * styles and regions are left out. Checks what players and readers rely on: a readable
 * timing on every cue, start before end, cues in order and within the recording. Every
 * refusal names the line of the uploaded file.
 */
public final class WebVtt {

	/** More cues than a whole day of speech has. */
	static final int MAX_CUES = 50_000;

	private static final Pattern TIMING = Pattern.compile("(\\S+)[ \\t]+-->[ \\t]+(\\S+)(?:[ \\t]+(.*))?");

	private static final Pattern VTT_TIME = Pattern.compile("(?:(\\d{1,3}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})");

	private static final Pattern SRT_TIME = Pattern.compile("(\\d{1,3}):([0-5]\\d):([0-5]\\d)[,.](\\d{3})");

	private static final Pattern SETTING = Pattern
		.compile("(?:vertical:(?:rl|lr)|line:-?\\d+(?:\\.\\d+)?%?(?:,(?:start|center|end))?"
				+ "|position:\\d+(?:\\.\\d+)?%(?:,(?:line-left|center|line-right))?|size:\\d+(?:\\.\\d+)?%"
				+ "|align:(?:start|center|end|left|right))");

	private WebVtt() {
	}

	/**
	 * The cues of a WebVTT or SRT file, told apart by their first line.
	 * @param duration the recording's length, when known: no cue may end after it
	 * @throws CaptionsInvalid naming the first line that is wrong
	 */
	public static List<Cue> read(String source, @Nullable Duration duration) {
		List<String> lines = lines(source);
		String first = lines.isEmpty() ? "" : lines.get(0);
		if (isHeader(first)) {
			int afterHeader = skipBlock(lines, 0);
			for (int i = 1; i < afterHeader; i++) {
				if (lines.get(i).contains("-->")) {
					throw new CaptionsInvalid(i + 1, "talk.captions.invalid.blankLineMissing");
				}
			}
			return new Reader(lines, duration, false).cues(afterHeader);
		}
		if (looksLikeSrt(lines)) {
			return new Reader(lines, duration, true).cues(0);
		}
		throw new CaptionsInvalid(1, "talk.captions.invalid.header");
	}

	/**
	 * The cues as a WebVTT file.
	 */
	public static String write(List<Cue> cues) {
		StringBuilder vtt = new StringBuilder("WEBVTT\n");
		for (Cue cue : cues) {
			vtt.append('\n').append(time(cue.start())).append(" --> ").append(time(cue.end()));
			if (!cue.settings().isEmpty()) {
				vtt.append(' ').append(cue.settings());
			}
			vtt.append('\n');
			if (!cue.text().isEmpty()) {
				vtt.append(cue.text()).append('\n');
			}
		}
		return vtt.toString();
	}

	/**
	 * {@code hh:mm:ss.ttt}, as WebVTT writes times.
	 */
	public static String time(Duration time) {
		return String.format("%02d:%02d:%02d.%03d", time.toHours(), time.toMinutesPart(), time.toSecondsPart(),
				time.toMillisPart());
	}

	private static List<String> lines(String source) {
		String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
		return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
	}

	private static boolean isHeader(String line) {
		return line.equals("WEBVTT") || line.startsWith("WEBVTT ") || line.startsWith("WEBVTT\t");
	}

	/**
	 * An SRT file starts with a cue number or, when numbers were left out, a timing with
	 * a comma.
	 */
	private static boolean looksLikeSrt(List<String> lines) {
		for (String line : lines) {
			if (!line.isBlank()) {
				String first = line.strip();
				return first.matches("\\d+") || (first.contains("-->") && first.contains(","));
			}
		}
		return false;
	}

	/** The index of the first line after the block that starts at {@code from}. */
	private static int skipBlock(List<String> lines, int from) {
		int at = from;
		while (at < lines.size() && !lines.get(at).isBlank()) {
			at++;
		}
		return at;
	}

	private static final class Reader {

		private final List<String> lines;

		private final @Nullable Duration duration;

		private final boolean srt;

		private final List<Cue> cues = new ArrayList<>();

		Reader(List<String> lines, @Nullable Duration duration, boolean srt) {
			this.lines = lines;
			this.duration = duration;
			this.srt = srt;
		}

		List<Cue> cues(int from) {
			int at = from;
			while (at < this.lines.size()) {
				if (this.lines.get(at).isBlank()) {
					at++;
				}
				else {
					at = block(at);
				}
			}
			return List.copyOf(this.cues);
		}

		/** Reads the block that starts at {@code at}; the index after it. */
		private int block(int at) {
			String first = this.lines.get(at);
			if (!this.srt && (isKeyword(first, "NOTE") || isKeyword(first, "STYLE") || isKeyword(first, "REGION"))) {
				return skipBlock(this.lines, at);
			}
			int timingAt = first.contains("-->") ? at : at + 1;
			if (timingAt >= this.lines.size() || !this.lines.get(timingAt).contains("-->")) {
				throw new CaptionsInvalid(Math.min(timingAt, this.lines.size() - 1) + 1,
						"talk.captions.invalid.timingMissing");
			}
			if (this.cues.size() >= MAX_CUES) {
				throw new CaptionsInvalid(timingAt + 1, "talk.captions.invalid.tooManyCues", MAX_CUES);
			}
			int lineNumber = timingAt + 1;
			Matcher timing = TIMING.matcher(this.lines.get(timingAt).strip());
			if (!timing.matches()) {
				throw new CaptionsInvalid(lineNumber, "talk.captions.invalid.timing");
			}
			Duration start = parseTime(timing.group(1), lineNumber);
			Duration end = parseTime(timing.group(2), lineNumber);
			check(start, end, lineNumber);
			String settings = this.srt ? "" : settings(timing.group(3));
			int textAt = timingAt + 1;
			List<String> text = new ArrayList<>();
			while (textAt < this.lines.size() && !this.lines.get(textAt).isBlank()) {
				if (this.lines.get(textAt).contains("-->")) {
					throw new CaptionsInvalid(textAt + 1, "talk.captions.invalid.blankLineMissing");
				}
				text.add(this.lines.get(textAt).strip());
				textAt++;
			}
			this.cues.add(new Cue(start, end, settings, CueText.sanitise(String.join("\n", text))));
			return textAt;
		}

		private void check(Duration start, Duration end, int lineNumber) {
			if (!start.minus(end).isNegative()) {
				throw new CaptionsInvalid(lineNumber, "talk.captions.invalid.endBeforeStart", time(start), time(end));
			}
			if (!this.cues.isEmpty()) {
				Duration before = this.cues.get(this.cues.size() - 1).start();
				if (start.compareTo(before) < 0) {
					throw new CaptionsInvalid(lineNumber, "talk.captions.invalid.order", time(start), time(before));
				}
			}
			if (this.duration != null && end.compareTo(this.duration) > 0) {
				throw new CaptionsInvalid(lineNumber, "talk.captions.invalid.beyondDuration", time(end),
						time(this.duration));
			}
		}

		private Duration parseTime(String text, int lineNumber) {
			Matcher time = (this.srt ? SRT_TIME : VTT_TIME).matcher(text);
			if (!time.matches()) {
				throw new CaptionsInvalid(lineNumber,
						this.srt ? "talk.captions.invalid.srtTime" : "talk.captions.invalid.time", text);
			}
			long hours = (time.group(1) != null) ? Long.parseLong(time.group(1)) : 0;
			return Duration.ofHours(hours)
				.plusMinutes(Long.parseLong(time.group(2)))
				.plusSeconds(Long.parseLong(time.group(3)))
				.plusMillis(Long.parseLong(time.group(4)));
		}

		private static boolean isKeyword(String line, String keyword) {
			return line.equals(keyword) || line.startsWith(keyword + " ") || line.startsWith(keyword + "\t");
		}

		/** The settings players know; anything else (regions included) is left out. */
		private static String settings(@Nullable String settings) {
			if (settings == null) {
				return "";
			}
			return String.join(" ",
					Arrays.stream(settings.strip().split("[ \\t]+"))
						.filter((setting) -> SETTING.matcher(setting).matches())
						.distinct()
						.toList());
		}

	}

}
