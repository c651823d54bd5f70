package de.impulsnetz.talk.recording;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.publication.MissingForPublication;
import de.impulsnetz.talk.publication.PublicationRequirement;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.recording.RecordingJob.Status;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Uploads through the API become jobs that the worker processes with ffmpeg: web-ready
 * video is only remuxed, HEVC transcoded, audio gets an audio version, broken and
 * unsupported files end with a German message and keep the original; refused uploads
 * leave nothing; many uploads at once all arrive; a job whose instance died runs again.
 */
@IntegrationTest
class RecordingProcessingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebTestClient client;

	private final RecordingFixture fixture;

	@Autowired
	RecordingWorker worker;

	@Autowired
	RecordingStore store;

	@Autowired
	Recordings recordings;

	@Autowired
	Ffmpeg ffmpeg;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	List<PublicationRequirement> requirements;

	RecordingProcessingTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library,
			@Autowired RecordingStore store, @Autowired ReactiveMongoTemplate mongo) {
		this.client = new PageClient(context).anonymous()
			.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.responseTimeout(Duration.ofMinutes(1))
			.build();
		this.fixture = new RecordingFixture(library, store, mongo);
	}

	@BeforeEach
	void needsFfmpeg() {
		TestMedia.requireFfmpeg();
	}

	@Test
	void aWebReadyVideoIsOnlyRemuxedWithItsIndexAtTheFront() throws Exception {
		Talk talk = this.fixture.talk("remux");

		JsonNode accepted = upload(talk, Members.OTHER_ORGANISER, TestMedia.h264(), "video/mp4");
		assertThat(accepted.path("status").asString()).isEqualTo("WARTET");
		assertThat(accepted.path("format").asString()).isEqualTo("MP4");
		JsonNode done = awaitEnd(talk);

		assertThat(done.path("status").asString()).isEqualTo("FERTIG");
		assertThat(done.path("progress").asInt()).isEqualTo(100);
		assertThat(done.path("durationSeconds").asDouble()).isBetween(2.9, 3.2);
		assertThat(done.path("video").asString())
			.isEqualTo(MediaKind.path(talk.series(), talk.slug(), MediaKind.VIDEO));
		RecordingJob job = this.recordings.current(talk).block();
		assertThat(job.remuxed()).isTrue();
		assertThat(job.videoCodec()).isEqualTo("h264");
		byte[] video = bytes(done.path("video").asString());
		String head = new String(video, StandardCharsets.ISO_8859_1);
		assertThat(head.indexOf("moov")).as("faststart: index before the data").isLessThan(head.indexOf("mdat"));
		assertThat(probe(video).videoCodec()).isEqualTo("h264");
		assertThat(bytes(done.path("poster").asString())).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(probe(bytes(done.path("audio").asString())).audioCodec()).isEqualTo("aac");
		PlayableRecording playable = this.recordings.playable(talk).block();
		assertThat(playable.video()).isTrue();
		assertThat(playable.size()).isEqualTo(video.length);
		assertThat(missing(talk)).isEmpty();
	}

	@Test
	void hevcFromAPhoneIsTranscodedToH264() throws Exception {
		Talk talk = this.fixture.talk("hevc");

		upload(talk, Members.ADMIN, TestMedia.hevc(), "video/quicktime");
		JsonNode done = awaitEnd(talk);

		assertThat(done.path("status").asString()).isEqualTo("FERTIG");
		RecordingJob job = this.recordings.current(talk).block();
		assertThat(job.remuxed()).isFalse();
		assertThat(job.videoCodec()).isEqualTo("hevc");
		Ffmpeg.Probe web = probe(bytes(done.path("video").asString()));
		assertThat(web.videoCodec()).isEqualTo("h264");
		assertThat(web.pixelFormat()).isEqualTo("yuv420p");
		assertThat(web.audioCodec()).isEqualTo("aac");
	}

	@Test
	void anMp3BecomesAnAudioVersionWithoutVideoOrPoster() throws Exception {
		Talk talk = this.fixture.talk("mp3");

		upload(talk, Members.OTHER_ORGANISER, TestMedia.mp3(), "audio/mpeg");
		JsonNode done = awaitEnd(talk);

		assertThat(done.path("status").asString()).isEqualTo("FERTIG");
		assertThat(done.path("video").isNull()).isTrue();
		assertThat(done.path("poster").isNull()).isTrue();
		Ffmpeg.Probe audio = probe(bytes(done.path("audio").asString()));
		assertThat(audio.audioCodec()).isEqualTo("aac");
		assertThat(audio.hasVideo()).isFalse();
		PlayableRecording playable = this.recordings.playable(talk).block();
		assertThat(playable.video()).isFalse();
		assertThat(playable.mediaType()).isEqualTo("audio/mp4");
		assertThat(playable.poster()).isNull();
		assertThat(this.recordings.isVideo(talk).block()).isFalse();
	}

	@Test
	void aTruncatedFileEndsWithAGermanMessageAndTheOriginalIsKept() {
		Talk talk = this.fixture.talk("kaputt");

		upload(talk, Members.OTHER_ORGANISER, TestMedia.truncated(), "video/mp4");
		JsonNode done = awaitEnd(talk);

		assertThat(done.path("status").asString()).isEqualTo("FEHLER");
		assertThat(done.path("error").asString()).contains("beschädigt oder unvollständig");
		RecordingJob job = this.recordings.latest(talk).block();
		assertThat(this.fixture.chunksOf(job.original())).isPositive();
		assertThat(this.recordings.playable(talk).blockOptional()).isEmpty();
		assertThat(missing(talk)).extracting(MissingForPublication::messageKey)
			.containsExactly("talk.recording.missing.failed");
	}

	@Test
	void aTextFileCalledMp4IsRefusedByItsBytesAndNothingIsKept() {
		Talk talk = this.fixture.talk("text");
		long chunksBefore = allChunks();

		this.client.mutateWith(SignedIn.bearer(Members.OTHER_ORGANISER))
			.put()
			.uri(api(talk))
			.contentType(MediaType.valueOf("video/mp4"))
			.header("Content-Disposition", "attachment; filename=\"vortrag.mp4\"")
			.bodyValue(
					"Das ist kein Video, sondern eine Notiz zum Vortrag.".repeat(100).getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("keine Aufnahme"));

		assertThat(this.fixture.jobsOf(talk)).isZero();
		assertThat(allChunks()).isEqualTo(chunksBefore);
	}

	@Test
	void anUploadOverTheLimitIsRefusedAndWhatWasStoredOfItDeleted() {
		ObjectId id = new ObjectId();
		byte[] wav = TestMedia.wav(100);
		// Streams in pieces, as a request does: three chunks are stored before the limit.
		Flux<org.springframework.core.io.buffer.DataBuffer> content = Flux.range(0, wav.length / 100_000)
			.map((i) -> DefaultDataBufferFactory.sharedInstance
				.wrap(java.util.Arrays.copyOfRange(wav, i * 100_000, (i + 1) * 100_000)));
		UploadCheck check = new UploadCheck(3 * RecordingStore.CHUNK_SIZE + 1);

		assertThatThrownBy(() -> this.store
			.store(id, check.apply(content), "zu-gross", "application/octet-stream", new org.bson.Document())
			.block()).isInstanceOf(RecordingRefused.class)
			.extracting((refused) -> ((RecordingRefused) refused).reason())
			.isEqualTo(RecordingRefused.Reason.TOO_LARGE);
		assertThat(check.size()).as("stopped at the limit, not read to the end").isLessThan(wav.length);
		assertThat(this.fixture.chunksOf(id)).isZero();
		assertThat(this.store.file(id).blockOptional()).isEmpty();
	}

	@Test
	void anUploadAnnouncedOverTheLimitIsRefusedBeforeItIsRead() {
		Talk talk = this.fixture.talk("angekuendigt");
		Flux<org.springframework.core.io.buffer.DataBuffer> unread = Flux
			.error(new AssertionError("the body must not be read"));

		assertThatThrownBy(() -> this.recordings
			.upload(talk.series(), talk.slug(), Members.OTHER_ORGANISER, unread, 5L * 1024 * 1024 * 1024)
			.block()).isInstanceOf(RecordingRefused.class);
		assertThat(this.fixture.jobsOf(talk)).isZero();
	}

	@Test
	void twentyUploadsAtOnceAreAllKept() throws Exception {
		byte[] wav = TestMedia.wav(1);
		List<Talk> talks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			talks.add(this.fixture.talk("gleichzeitig" + i));
		}
		ExecutorService uploads = Executors.newFixedThreadPool(20);
		try {
			List<Callable<JsonNode>> calls = new ArrayList<>();
			for (Talk talk : talks) {
				calls.add(() -> upload(talk, Members.OTHER_ORGANISER, wav, "audio/wav"));
			}
			List<String> ids = new ArrayList<>();
			for (Future<JsonNode> accepted : uploads.invokeAll(calls)) {
				ids.add(accepted.get().path("id").asString());
			}
			assertThat(ids).doesNotHaveDuplicates().hasSize(20);
		}
		finally {
			uploads.shutdown();
		}
		for (Talk talk : talks) {
			RecordingJob job = this.recordings.latest(talk).block();
			assertThat(job.size()).isEqualTo(wav.length);
			assertThat(this.store.file(job.original()).block().getLength()).isEqualTo(wav.length);
		}
		await().atMost(Duration.ofMinutes(2))
			.until(() -> talks.stream().allMatch((talk) -> this.recordings.current(talk).blockOptional().isPresent()));
	}

	@Test
	void aJobWhoseInstanceDiedRunsAgainOnceItsLeaseHasExpired() {
		Talk talk = this.fixture.talk("neustart");
		ObjectId original = this.fixture.store(TestMedia.mp3(), "application/octet-stream");
		RecordingJob interrupted = this.mongo.insert(inWork(talk, original, Instant.now().minusSeconds(60))).block();

		this.worker.wakeUp();

		await().atMost(Duration.ofMinutes(1)).until(() -> this.fixture.job(interrupted.id()).status() == Status.FERTIG);
		RecordingJob done = this.fixture.job(interrupted.id());
		assertThat(done.owner()).isNull();
		assertThat(done.attempts()).isEqualTo(2);
		assertThat(done.audio()).isNotNull();
	}

	@Test
	void aJobHeldUnderALiveLeaseIsLeftToItsInstance() {
		Talk talk = this.fixture.talk("lebt");
		ObjectId original = this.fixture.store(TestMedia.mp3(), "application/octet-stream");
		RecordingJob held = this.mongo.insert(inWork(talk, original, Instant.now().plusSeconds(600))).block();

		this.worker.wakeUp();

		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> {
			RecordingJob now = this.fixture.job(held.id());
			return now.status() == Status.IN_ARBEIT && "andere-instanz".equals(now.owner());
		});
		assertThat(missing(talk)).extracting(MissingForPublication::messageKey)
			.containsExactly("talk.recording.missing.processing");
	}

	@Test
	void aNewUploadReplacesThePreviousRecordingOnceItIsProcessed() {
		Talk talk = this.fixture.talk("ersetzt");
		upload(talk, Members.OTHER_ORGANISER, TestMedia.mp3(), "audio/mpeg");
		awaitEnd(talk);
		RecordingJob first = this.recordings.current(talk).block();

		upload(talk, Members.OTHER_ORGANISER, TestMedia.h264(), "video/mp4");
		JsonNode done = awaitEnd(talk);

		assertThat(done.path("status").asString()).isEqualTo("FERTIG");
		assertThat(this.recordings.isVideo(talk).block()).isTrue();
		// The older recording goes right after the newer one is marked done.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.fixture.job(first.id()) == null && this.fixture.chunksOf(first.original()) == 0
					&& this.fixture.chunksOf(first.audio().file()) == 0);
		assertThat(this.fixture.jobsOf(talk)).isOne();
	}

	private RecordingJob inWork(Talk talk, ObjectId original, Instant lockedUntil) {
		return new RecordingJob(null, talk.series(), talk.slug(), Status.IN_ARBEIT, 40, null, original,
				RecordingFormat.MP3, 1, "test", Instant.now(), null, "andere-instanz", lockedUntil, 1, null, null, null,
				null, null, null, null, null, false);
	}

	private JsonNode upload(Talk talk, Member member, byte[] content, String type) {
		String body = this.client.mutateWith(SignedIn.bearer(member))
			.put()
			.uri(api(talk))
			.contentType(MediaType.valueOf(type))
			.bodyValue(content)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	private JsonNode awaitEnd(Talk talk) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
			last[0] = JSON.readTree(this.client.mutateWith(SignedIn.bearer(Members.OTHER_ORGANISER))
				.get()
				.uri(api(talk))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
			String status = last[0].path("status").asString();
			return status.equals("FERTIG") || status.equals("FEHLER");
		});
		return last[0];
	}

	private byte[] bytes(String path) {
		return this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	private Ffmpeg.Probe probe(byte[] media) throws Exception {
		Path file = Files.createTempFile("probe", ".bin");
		try {
			Files.write(file, media);
			return this.ffmpeg.probe(file);
		}
		finally {
			Files.delete(file);
		}
	}

	private List<MissingForPublication> missing(Talk talk) {
		return Flux.fromIterable(this.requirements)
			.filter(RecordingRequirement.class::isInstance)
			.flatMap((requirement) -> requirement.missing(talk))
			.collectList()
			.block();
	}

	private long allChunks() {
		return this.mongo.getCollection(RecordingStore.CHUNKS)
			.flatMap((chunks) -> reactor.core.publisher.Mono.from(chunks.countDocuments()))
			.block();
	}

	private static String api(Talk talk) {
		return "/api/v1/impulse/" + talk.series() + "/vortraege/" + talk.slug() + "/aufnahme";
	}

}
