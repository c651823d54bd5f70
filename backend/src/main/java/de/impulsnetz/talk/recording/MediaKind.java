package de.impulsnetz.talk.recording;

import java.util.Optional;

import de.impulsnetz.talk.recording.RecordingJob.StoredMedia;
import org.jspecify.annotations.Nullable;

/**
 * The files a processed recording serves, by the name in their address
 * {@code /impulse/{reihe}/{talk}/medien/{name}}.
 */
public enum MediaKind {

	VIDEO("video.mp4"), AUDIO("audio.m4a"), POSTER("poster.jpg");

	private final String fileName;

	MediaKind(String fileName) {
		this.fileName = fileName;
	}

	public String fileName() {
		return this.fileName;
	}

	public static Optional<MediaKind> byFileName(String name) {
		for (MediaKind kind : values()) {
			if (kind.fileName.equals(name)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	public static String path(String series, String talk, MediaKind kind) {
		return "/impulse/" + series + "/" + talk + "/medien/" + kind.fileName;
	}

	public @Nullable StoredMedia of(RecordingJob job) {
		return switch (this) {
			case VIDEO -> job.web();
			case AUDIO -> job.audio();
			case POSTER -> job.poster();
		};
	}

}
