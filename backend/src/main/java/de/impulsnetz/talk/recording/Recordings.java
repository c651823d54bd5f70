package de.impulsnetz.talk.recording;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.recording.RecordingJob.Status;
import de.impulsnetz.talk.recording.RecordingJob.StoredMedia;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static de.impulsnetz.talk.recording.RecordingCleanup.forTalk;

/**
 * A talk's recordings: uploads (streamed to GridFS, checked by their bytes and size,
 * processed by a job), the recording the player plays and its files. Who may do what
 * comes from {@link TalkAccess} alone: uploading and seeing the processing is editing,
 * playing is listening.
 */
@Service
@EnableConfigurationProperties(RecordingSettings.class)
public class Recordings {

	/**
	 * Who uploaded a recording that a content file names.
	 */
	public static final String CONTENT_IMPORT = "content-import";

	private final TalkAccess access;

	private final RecordingStore store;

	private final ReactiveMongoTemplate mongo;

	private final RecordingWorker worker;

	private final RecordingSettings settings;

	private final Ffmpeg ffmpeg;

	private final Clock clock;

	Recordings(TalkAccess access, RecordingStore store, ReactiveMongoTemplate mongo, RecordingWorker worker,
			RecordingSettings settings, Ffmpeg ffmpeg, Clock clock) {
		this.access = access;
		this.store = store;
		this.mongo = mongo;
		this.worker = worker;
		this.settings = settings;
		this.ffmpeg = ffmpeg;
		this.clock = clock;
	}

	/**
	 * Stores an upload of the member for the talk and queues its processing; fails with
	 * {@link RecordingRefused} when it is too large or no recording, leaving nothing
	 * stored. The talk's previous recording stays until this one is processed.
	 */
	public Mono<RecordingJob> upload(String series, String talk, Member member, Flux<DataBuffer> content) {
		return upload(series, talk, member, content, -1);
	}

	/**
	 * As {@link #upload(String, String, Member, Flux)}, refused before a byte is read
	 * when the announced length ({@code Content-Length}, -1 when unknown) is over the
	 * limit.
	 */
	public Mono<RecordingJob> upload(String series, String talk, Member member, Flux<DataBuffer> content,
			long announcedLength) {
		return this.access.forEditing(series, talk, member).flatMap((found) -> {
			if (announcedLength > this.settings.maxSize().toBytes()) {
				return Mono.error(new RecordingRefused(RecordingRefused.Reason.TOO_LARGE));
			}
			return store(series, talk, member.id(), content);
		});
	}

	/**
	 * Stores the recording a talk's content file names and queues its processing, as an
	 * upload by the content import; checked like every upload.
	 */
	public Mono<RecordingJob> importFromContent(Talk talk, Flux<DataBuffer> content) {
		return store(talk.series(), talk.slug(), CONTENT_IMPORT, content);
	}

	private Mono<RecordingJob> store(String series, String talk, String uploadedBy, Flux<DataBuffer> content) {
		UploadCheck check = new UploadCheck(this.settings.maxSize().toBytes());
		Document metadata = new Document("kind", "original").append("series", series)
			.append("talk", talk)
			.append("uploadedBy", uploadedBy);
		return this.store
			.store(check.apply(content), series + "/" + talk + "/original", "application/octet-stream", metadata)
			.flatMap((id) -> this.mongo.insert(RecordingJob.waiting(series, talk, id, check.format(), check.size(),
					uploadedBy, this.clock.instant())))
			.doOnNext((job) -> this.worker.wakeUp());
	}

	/**
	 * The talk's newest upload and its processing, for its organisers.
	 */
	public Mono<RecordingJob> latestFor(String series, String talk, Member member) {
		return this.access.forEditing(series, talk, member).flatMap(this::latest);
	}

	/**
	 * The newest upload of the talk, whatever its state.
	 */
	public Mono<RecordingJob> latest(Talk talk) {
		return this.mongo.findOne(Query.query(forTalk(talk.series(), talk.slug()))
			.with(Sort.by(Sort.Direction.DESC, RecordingJob.UPLOADED_AT)), RecordingJob.class);
	}

	/**
	 * The recording the talk plays: its newest processed upload.
	 */
	public Mono<RecordingJob> current(Talk talk) {
		return this.mongo
			.findOne(Query.query(forTalk(talk.series(), talk.slug()).and(RecordingJob.STATUS).is(Status.FERTIG))
				.with(Sort.by(Sort.Direction.DESC, RecordingJob.UPLOADED_AT)), RecordingJob.class);
	}

	/**
	 * What the talk page's player needs; empty when the talk has no processed recording.
	 * The caller has asked {@link TalkAccess#forListening} for the talk.
	 */
	public Mono<PlayableRecording> playable(Talk talk) {
		return current(talk).map((job) -> playable(talk.series(), talk.slug(), job));
	}

	/**
	 * The length of the recording the talk plays; empty while it has none (or its length
	 * is unknown): captions and chapters are checked against it.
	 */
	public Mono<Optional<Duration>> duration(Talk talk) {
		return current(talk).mapNotNull(RecordingJob::durationSeconds)
			.map((seconds) -> Optional.of(Duration.ofMillis(Math.round(seconds * 1000))))
			.defaultIfEmpty(Optional.empty());
	}

	public Mono<Boolean> hasRecording(Talk talk) {
		return current(talk).hasElement();
	}

	public Mono<Boolean> isVideo(Talk talk) {
		return current(talk).map(RecordingJob::isVideo).defaultIfEmpty(false);
	}

	/**
	 * Whether recordings can be processed here: without ffmpeg they wait.
	 */
	public boolean processingAvailable() {
		return this.ffmpeg.available();
	}

	public long maxBytes() {
		return this.settings.maxSize().toBytes();
	}

	/**
	 * A file of the talk's recording for this reader; empty when the talk has none of
	 * this kind.
	 */
	public Mono<MediaFile> media(String series, String talk, MediaKind kind, @Nullable Member reader) {
		return this.access.forListening(series, talk, reader)
			.flatMap((found) -> current(found).flatMap((job) -> Mono.justOrEmpty(kind.of(job)))
				.flatMap((media) -> this.store.file(media.file())
					.map((file) -> new MediaFile(media, file, Objects.requireNonNull(found.id())))));
	}

	/**
	 * The bytes {@code first} to {@code last} of a media file, reading only the chunks
	 * that hold them.
	 */
	public Flux<DataBuffer> read(MediaFile media, long first, long last) {
		return this.store.read(media.file(), first, last);
	}

	static PlayableRecording playable(String series, String talk, RecordingJob job) {
		StoredMedia played = job.isVideo() ? job.web() : job.audio();
		if (played == null) {
			throw new IllegalStateException("Finished recording " + job.id() + " without a file to play");
		}
		String audio = (job.audio() != null) ? MediaKind.path(series, talk, MediaKind.AUDIO) : null;
		String format = job.isVideo() ? "MP4 (H.264/AAC)" : "M4A (AAC)";
		return new PlayableRecording(job.isVideo(),
				MediaKind.path(series, talk, job.isVideo() ? MediaKind.VIDEO : MediaKind.AUDIO), played.mediaType(),
				(job.poster() != null) ? MediaKind.path(series, talk, MediaKind.POSTER) : null, audio,
				(job.audio() != null) ? job.audio().size() : 0, played.size(), format,
				(job.durationSeconds() != null) ? job.durationSeconds() : 0);
	}

	/**
	 * A stored media file: its type and the GridFS file (length, chunk size, id), and the
	 * id of its talk (what plays are counted by).
	 */
	public record MediaFile(StoredMedia media, GridFSFile file, String talkId) {

		public long length() {
			return this.file.getLength();
		}

		/**
		 * Strong: a GridFS id names one content, and a new processing stores new files.
		 */
		public String etag() {
			return "\"" + this.media.file().toHexString().toLowerCase(Locale.ROOT) + "\"";
		}

	}

}
