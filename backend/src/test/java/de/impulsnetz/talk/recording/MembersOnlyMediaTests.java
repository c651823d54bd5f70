package de.impulsnetz.talk.recording;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkFixture;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.captions.Chapter;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.captions.TestPdfs;
import de.impulsnetz.talk.recording.RecordingJob.Status;
import de.impulsnetz.talk.recording.RecordingJob.StoredMedia;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A members-only talk gives anonymous readers no byte of its recording: not the video,
 * audio or poster (whole, by range or by {@code HEAD}), not its captions, chapters,
 * slides or transcript, no podcast enclosure and no embeddable player. Talks have no
 * municipality-only visibility ({@code TalkRights}): a member of any municipality gets
 * all of it, which shows that the same requests would carry the bytes if the rule were
 * broken; so does the talk once it is made public.
 */
@IntegrationTest
class MembersOnlyMediaTests {

	private final PageClient pages;

	private final RecordingFixture fixture;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	TalkCaptions captions;

	@Autowired
	TalkChapters chapters;

	@Autowired
	TalkSlides slides;

	MembersOnlyMediaTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library,
			@Autowired RecordingStore store, @Autowired ReactiveMongoTemplate mongo) {
		this.pages = new PageClient(context);
		this.fixture = new RecordingFixture(library, store, mongo);
	}

	@Test
	void anonymousReadersGetNoByteOfAMembersOnlyRecording() {
		String mark = UUID.randomUUID().toString().substring(0, 8);
		Media media = recorded(mark);
		Talk talk = TalkFixture.published(this.mongo, media.talk(), Visibility.MEMBERS,
				new Consent(true, true, Licence.CC_BY_4_0));
		String base = "/impulse/" + talk.series() + "/" + talk.slug();

		for (Request request : media.requests(base)) {
			EntityExchangeResult<byte[]> refused = request.send(this.pages.anonymous());
			assertThat(refused.getStatus().is2xxSuccessful()).as("%s for anonymous readers", request).isFalse();
			assertThat(text(refused.getResponseBody())).as("what %s answers anonymous readers", request)
				.doesNotContain(media.secrets());
		}
		String podcast = text(feed(talk).getResponseBody());
		assertThat(podcast).doesNotContain(talk.slug()).doesNotContain(media.secrets());
		String page = text(get(this.pages.anonymous(), base, null).getResponseBody());
		assertThat(page).doesNotContain("/medien/", "untertitel/de.vtt", "kapitel.vtt", "folien.pdf")
			.doesNotContain(media.secrets());

		// A member of another municipality than the organisers' reads all of it.
		WebTestClient member = this.pages.as(Members.ALTENA);
		assertThat(get(member, base + "/medien/video.mp4", null).getResponseBody()).isEqualTo(media.video());
		assertThat(get(member, base + "/medien/audio.m4a", null).getResponseBody()).isEqualTo(media.audio());
		assertThat(get(member, base + "/medien/poster.jpg", null).getResponseBody()).isEqualTo(media.poster());
		assertThat(get(member, base + "/folien.pdf", null).getResponseBody()).isEqualTo(media.pdf());
		assertThat(text(get(member, base + "/untertitel/de.vtt", null).getResponseBody())).contains(media.caption());
		assertThat(text(get(member, base + "/kapitel.json", null).getResponseBody())).contains(media.chapter());
		assertThat(text(get(member, base + "/transkript", null).getResponseBody())).contains(media.caption());

		// Made public, the same requests carry the bytes to anonymous readers too.
		TalkFixture.published(this.mongo, talk, Visibility.PUBLIC, new Consent(true, true, Licence.CC_BY_4_0));
		EntityExchangeResult<byte[]> range = get(this.pages.anonymous(), base + "/medien/video.mp4", "bytes=0-9");
		assertThat(range.getStatus().value()).isEqualTo(206);
		assertThat(range.getResponseBody()).isEqualTo(Arrays.copyOf(media.video(), 10));
		assertThat(text(get(this.pages.anonymous(), base + "/einbetten", null).getResponseBody()))
			.contains(base + "/medien/video.mp4");
		assertThat(text(feed(talk).getResponseBody())).contains(base + "/medien/audio.m4a");
	}

	/**
	 * A talk with a processed recording whose every file holds a marker, and captions,
	 * chapters and slides of its own.
	 */
	private Media recorded(String mark) {
		Talk talk = this.fixture.talk("nur-mitglieder");
		assertThat(talk.slug()).doesNotContain(mark);
		byte[] video = ("VIDEO-" + mark + "-" + mark).getBytes(StandardCharsets.US_ASCII);
		byte[] audio = ("AUDIO-" + mark + "-" + mark).getBytes(StandardCharsets.US_ASCII);
		byte[] poster = ("POSTER-" + mark + "-" + mark).getBytes(StandardCharsets.US_ASCII);
		String caption = "Untertitel " + mark + " nur fuer Mitglieder";
		String chapter = "Kapitel " + mark;
		String slide = "Folie " + mark;
		RecordingJob waiting = RecordingJob.waiting(talk.series(), talk.slug(), stored(video, "video/mp4"),
				RecordingFormat.MP4, video.length, "test", Instant.now());
		this.mongo
			.insert(new RecordingJob(null, waiting.series(), waiting.talk(), Status.FERTIG, 100, null,
					waiting.original(), RecordingFormat.MP4, video.length, "test", waiting.uploadedAt(), Instant.now(),
					null, null, 1, 60.0, "h264", "aac", 320, 180, media(video, "video/mp4"), media(audio, "audio/mp4"),
					media(poster, "image/jpeg"), true))
			.block();
		this.captions
			.store(talk, "de",
					body(("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n" + caption + "\n")
						.getBytes(StandardCharsets.UTF_8)),
					null)
			.block();
		this.chapters.save(talk, List.of(new Chapter(Duration.ZERO, chapter))).block();
		byte[] pdf = TestPdfs.slides(slide);
		this.slides.store(talk, body(pdf)).block();
		return new Media(talk, mark, video, audio, poster, pdf, caption, chapter);
	}

	private StoredMedia media(byte[] bytes, String type) {
		return new StoredMedia(stored(bytes, type), bytes.length, type);
	}

	private ObjectId stored(byte[] bytes, String type) {
		return this.fixture.store(bytes, type);
	}

	private EntityExchangeResult<byte[]> feed(Talk talk) {
		return get(this.pages.anonymous(), "/impulse/" + talk.series() + "/podcast.xml", null);
	}

	private static EntityExchangeResult<byte[]> get(WebTestClient client, String path, @Nullable String range) {
		return new Request(HttpMethod.GET, path, range).send(client);
	}

	private static Flux<DataBuffer> body(byte[] bytes) {
		return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
	}

	private static String text(byte @Nullable [] body) {
		return (body != null) ? new String(body, StandardCharsets.ISO_8859_1) : "";
	}

	/**
	 * What a talk with a recording serves, and the markers in it.
	 */
	private record Media(Talk talk, String mark, byte[] video, byte[] audio, byte[] poster, byte[] pdf, String caption,
			String chapter) {

		/**
		 * What no part of the recording's files and texts comes without: the marker each
		 * holds (twice in the media files, so that every range asked for below has one
		 * whole), and the start of every PDF.
		 */
		String[] secrets() {
			return new String[] { this.mark, "%PDF-" };
		}

		List<Request> requests(String base) {
			String api = "/api/v1" + base.replace("/impulse/" + this.talk.series() + "/",
					"/impulse/" + this.talk.series() + "/vortraege/");
			return List.of(new Request(HttpMethod.GET, base + "/medien/video.mp4", null),
					new Request(HttpMethod.GET, base + "/medien/video.mp4", "bytes=0-15"),
					new Request(HttpMethod.GET, base + "/medien/video.mp4", "bytes=-8"),
					new Request(HttpMethod.HEAD, base + "/medien/video.mp4", null),
					new Request(HttpMethod.GET, base + "/medien/audio.m4a", null),
					new Request(HttpMethod.GET, base + "/medien/audio.m4a", "bytes=3-"),
					new Request(HttpMethod.GET, base + "/medien/poster.jpg", null),
					new Request(HttpMethod.GET, base + "/untertitel/de.vtt", null),
					new Request(HttpMethod.GET, base + "/kapitel.vtt", null),
					new Request(HttpMethod.GET, base + "/kapitel.json", null),
					new Request(HttpMethod.GET, base + "/folien.pdf", null),
					new Request(HttpMethod.GET, base + "/transkript", null),
					new Request(HttpMethod.GET, base + "/einbetten", null), new Request(HttpMethod.GET, base, null),
					new Request(HttpMethod.GET, api + "/untertitel", null),
					new Request(HttpMethod.GET, api + "/aufnahme", null));
		}

	}

	private record Request(HttpMethod method, String path, @Nullable String range) {

		EntityExchangeResult<byte[]> send(WebTestClient client) {
			WebTestClient.RequestHeadersSpec<?> request = client.method(this.method).uri(this.path);
			if (this.range != null) {
				request.header(HttpHeaders.RANGE, this.range);
			}
			return request.exchange().expectBody().returnResult();
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + ((this.range != null) ? " (" + this.range + ")" : "");
		}

	}

}
