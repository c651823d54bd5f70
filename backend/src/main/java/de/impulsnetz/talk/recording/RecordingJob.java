package de.impulsnetz.talk.recording;

import java.time.Instant;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One uploaded recording of a talk and its processing: the original in GridFS, and once
 * {@link Status#FERTIG} the web, audio and poster versions made from it. The talk's
 * recording is its newest finished job; older ones are deleted when a newer one is done.
 *
 * @param owner the instance that holds the job while it runs
 * @param lockedUntil the lease: after it, any instance may run the job again
 * @param progress percent, 0 to 100
 * @param errorKey message key of a {@link Status#FEHLER}
 * @param original the uploaded file in the {@code recordings} bucket
 * @param web the H.264/AAC MP4 for the browser; only for video
 * @param audio the AAC/M4A version; none for a video without sound
 * @param poster the JPEG frame shown before a video plays
 * @param remuxed whether the web version was copied without re-encoding
 */
@Document(RecordingJob.COLLECTION)
@CompoundIndex(name = "talk_uploaded", def = "{'series': 1, 'talk': 1, 'uploadedAt': -1}")
public record RecordingJob(@Id @Nullable String id, String series, String talk, Status status, int progress,
		@Nullable String errorKey, ObjectId original, RecordingFormat format, long size, String uploadedBy,
		Instant uploadedAt, @Nullable Instant finishedAt, @Nullable String owner, @Nullable Instant lockedUntil,
		int attempts, @Nullable Double durationSeconds, @Nullable String videoCodec, @Nullable String audioCodec,
		@Nullable Integer width, @Nullable Integer height, @Nullable StoredMedia web, @Nullable StoredMedia audio,
		@Nullable StoredMedia poster, boolean remuxed) {

	static final String COLLECTION = "recordingJobs";

	static final String STATUS = "status";

	static final String PROGRESS = "progress";

	static final String UPLOADED_AT = "uploadedAt";

	static final String FINISHED_AT = "finishedAt";

	/**
	 * German at the edge: the API shows these names.
	 */
	public enum Status {

		WARTET, IN_ARBEIT, FERTIG, FEHLER

	}

	static RecordingJob waiting(String series, String talk, ObjectId original, RecordingFormat format, long size,
			String uploadedBy, Instant now) {
		return new RecordingJob(null, series, talk, Status.WARTET, 0, null, original, format, size, uploadedBy, now,
				null, null, null, 0, null, null, null, null, null, null, null, null, false);
	}

	/**
	 * Whether the job still waits or runs: its state will change by itself.
	 */
	public boolean running() {
		return this.status == Status.WARTET || this.status == Status.IN_ARBEIT;
	}

	public boolean isVideo() {
		return this.web != null;
	}

	/**
	 * A processed file: its GridFS id (which names its bytes: the ETag), length and type.
	 */
	public record StoredMedia(ObjectId file, long size, String mediaType) {

	}

}
