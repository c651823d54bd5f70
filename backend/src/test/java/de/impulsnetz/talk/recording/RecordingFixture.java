package de.impulsnetz.talk.recording;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.recording.RecordingJob.Status;
import de.impulsnetz.talk.recording.RecordingJob.StoredMedia;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Published talks whose speaker agreed, of their own for the recording tests, with unique
 * addresses in the series of the content files (organised by the Kreis Steinfurt:
 * {@code Members.OTHER_ORGANISER} organises it, {@code Members.ORGANISER} of Altena does
 * not), and recordings stored as if processed.
 */
final class RecordingFixture {

	/** Organised by kreis-steinfurt. */
	static final String SERIES = "impulsreihe-social-media";

	private final TalkLibrary library;

	private final RecordingStore store;

	private final ReactiveMongoTemplate mongo;

	RecordingFixture(TalkLibrary library, RecordingStore store, ReactiveMongoTemplate mongo) {
		this.library = library;
		this.store = store;
		this.mongo = mongo;
	}

	Talk talk(String prefix) {
		String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		Talk talk = new Talk(null, SERIES, slug, "Testvortrag " + slug, Instant.parse("2026-01-15T10:00:00Z"), 45,
				List.of(new Speaker("Rita Referentin", "Kreis Steinfurt", null,
						new Consent(true, true, Licence.CC_BY_4_0))),
				"", null, TalkState.PUBLISHED, Visibility.PUBLIC, "",
				new ImportStamp("test/" + slug + ".md", slug, Instant.now()), null, null);
		this.library.importFromContent(talk).block();
		return this.library.talk(SERIES, slug).block();
	}

	/**
	 * A recording of the talk as a finished job would leave it: these bytes as its web
	 * version.
	 */
	RecordingJob finishedVideo(Talk talk, byte[] web) {
		ObjectId original = store(web, "video/mp4");
		ObjectId webFile = store(web, "video/mp4");
		RecordingJob waiting = RecordingJob.waiting(talk.series(), talk.slug(), original, RecordingFormat.MP4,
				web.length, "test", Instant.now());
		RecordingJob done = new RecordingJob(null, waiting.series(), waiting.talk(), Status.FERTIG, 100, null, original,
				RecordingFormat.MP4, web.length, "test", waiting.uploadedAt(), Instant.now(), null, null, 1, 60.0,
				"h264", "aac", 320, 180, new StoredMedia(webFile, web.length, "video/mp4"), null, null, true);
		return this.mongo.insert(done).block();
	}

	/**
	 * An upload another instance is processing (its lease runs for an hour, so this one's
	 * worker leaves it alone), or one that failed.
	 */
	RecordingJob unfinished(Talk talk, Status status, int progress, @Nullable String errorKey) {
		ObjectId original = store(new byte[] { 1, 2, 3 }, "application/octet-stream");
		RecordingJob waiting = RecordingJob.waiting(talk.series(), talk.slug(), original, RecordingFormat.MP4, 3,
				"test", Instant.now());
		boolean running = status == Status.IN_ARBEIT;
		RecordingJob job = new RecordingJob(null, waiting.series(), waiting.talk(), status, progress,
				running ? null : errorKey, original, RecordingFormat.MP4, 3, "test", waiting.uploadedAt(),
				running ? null : Instant.now(), running ? "anderswo" : null,
				running ? Instant.now().plusSeconds(3600) : null, 1, null, null, null, null, null, null, null, null,
				false);
		return this.mongo.insert(job).block();
	}

	ObjectId store(byte[] bytes, String mediaType) {
		return this.store
			.store(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)), "test", mediaType,
					new Document("kind", "test"))
			.block();
	}

	RecordingJob job(String id) {
		return this.mongo.findById(id, RecordingJob.class).block();
	}

	long chunksOf(ObjectId file) {
		return this.mongo.count(Query.query(Criteria.where("files_id").is(file)), RecordingStore.CHUNKS).block();
	}

	long jobsOf(Talk talk) {
		return this.mongo.count(Query.query(RecordingCleanup.forTalk(talk.series(), talk.slug())), RecordingJob.class)
			.block();
	}

}
