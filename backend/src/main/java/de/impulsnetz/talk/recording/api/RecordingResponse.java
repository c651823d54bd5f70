package de.impulsnetz.talk.recording.api;

import java.time.Instant;

import de.impulsnetz.talk.recording.MediaKind;
import de.impulsnetz.talk.recording.RecordingJob;
import de.impulsnetz.talk.recording.RecordingJob.Status;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A recording's processing, as the API shows it.
 *
 * @param progress percent, 0 to 100
 * @param error why the processing failed, in German
 * @param format what the upload's bytes are: MP4 (also MOV, M4A), WEBM, MP3 or WAV
 * @param size of the upload in bytes
 * @param video the web version (H.264/AAC MP4) once processed; none for audio
 * @param audio the audio version (AAC/M4A) once processed
 * @param poster the poster frame of a video once processed
 */
record RecordingResponse(String id, Status status, @Schema(description = "Prozent, 0 bis 100") int progress,
		@Schema(description = "Warum die Verarbeitung scheiterte") @Nullable String error, String format, long size,
		Instant uploadedAt, @Nullable Double durationSeconds, @Nullable String video, @Nullable String audio,
		@Nullable String poster) {

	static RecordingResponse of(RecordingJob job, @Nullable String error) {
		boolean done = job.status() == Status.FERTIG;
		return new RecordingResponse(job.id(), job.status(), job.progress(), error, job.format().name(), job.size(),
				job.uploadedAt(), done ? job.durationSeconds() : null, url(job, done, MediaKind.VIDEO),
				url(job, done, MediaKind.AUDIO), url(job, done, MediaKind.POSTER));
	}

	private static @Nullable String url(RecordingJob job, boolean done, MediaKind kind) {
		return (done && kind.of(job) != null) ? MediaKind.path(job.series(), job.talk(), kind) : null;
	}

}
