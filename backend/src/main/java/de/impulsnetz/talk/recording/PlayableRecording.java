package de.impulsnetz.talk.recording;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the player of a talk needs: the addresses of its media on this site, and what the
 * download link says about the file.
 *
 * @param video whether it is a video (then {@code <video>}, else {@code <audio>})
 * @param source the address the player plays
 * @param mediaType the type of {@code source}, e.g. {@code video/mp4}
 * @param poster the poster frame of a video
 * @param audio the audio version, for the podcast feed
 * @param audioSize its exact length in bytes
 * @param size the length of {@code source} in bytes
 * @param formatLabel how the download link names the format, e.g. "MP4 (H.264/AAC)"
 */
public record PlayableRecording(boolean video, String source, String mediaType, @Nullable String poster,
		@Nullable String audio, long audioSize, long size, String formatLabel, double durationSeconds) {

	/**
	 * The size for people, e.g. "12,3 MB".
	 */
	public String sizeLabel() {
		return sizeLabel(this.size);
	}

	public static String sizeLabel(long bytes) {
		if (bytes < 1_000_000) {
			return String.format(Locale.GERMAN, "%.0f kB", Math.max(1, bytes / 1000.0));
		}
		if (bytes < 1_000_000_000) {
			return String.format(Locale.GERMAN, "%.1f MB", bytes / 1_000_000.0);
		}
		return String.format(Locale.GERMAN, "%.2f GB", bytes / 1_000_000_000.0);
	}

	/**
	 * The duration as {@code h:mm:ss} or {@code m:ss}.
	 */
	public String durationLabel() {
		long total = Math.round(this.durationSeconds);
		long hours = total / 3600;
		long minutes = (total % 3600) / 60;
		long seconds = total % 60;
		return (hours > 0) ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds)
				: String.format(Locale.ROOT, "%d:%02d", minutes, seconds);
	}

	/**
	 * Where the player starts for a {@code ?t=} parameter: a {@code #t=} media fragment
	 * of whole seconds, nothing for anything else.
	 */
	public static String startFragment(@Nullable String start) {
		if (start == null || !start.matches("\\d{1,6}") || Long.parseLong(start) == 0) {
			return "";
		}
		return "#t=" + Long.parseLong(start);
	}

}
