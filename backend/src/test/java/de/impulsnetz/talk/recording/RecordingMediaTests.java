package de.impulsnetz.talk.recording;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkFixture;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media of a recording are served with range requests done right: every form of a
 * single range answered with 206 and the stored bytes, 416 for what lies beyond the end,
 * {@code HEAD}, a strong ETag with {@code If-None-Match} and {@code If-Range}, and a
 * client that stops halfway.
 */
@IntegrationTest
class RecordingMediaTests {

	/** Three GridFS chunks and a bit: ranges cross chunk borders. */
	private static final int LENGTH = 3 * RecordingStore.CHUNK_SIZE + 1234;

	private final WebTestClient client;

	private final RecordingFixture fixture;

	private final ApplicationContext context;

	private final ReactiveMongoTemplate mongo;

	@Value("${local.server.port}")
	int port;

	private byte[] stored;

	private String path;

	private String etag;

	RecordingMediaTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library,
			@Autowired RecordingStore store, @Autowired ReactiveMongoTemplate mongo) {
		this.client = new PageClient(context).anonymous()
			.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(4 * LENGTH))
			.build();
		this.fixture = new RecordingFixture(library, store, mongo);
		this.mongo = mongo;
		this.context = context;
	}

	@BeforeEach
	void storeARecording() {
		this.stored = new byte[LENGTH];
		new Random(11).nextBytes(this.stored);
		// Published with every speaker's consent: anyone may play it.
		Talk talk = TalkFixture.published(this.mongo, this.fixture.talk("medien"), Visibility.PUBLIC,
				new Consent(true, true, Licence.CC_BY_4_0));
		RecordingJob job = this.fixture.finishedVideo(talk, this.stored);
		this.path = MediaKind.path(talk.series(), talk.slug(), MediaKind.VIDEO);
		this.etag = "\"" + job.web().file().toHexString() + "\"";
	}

	@Test
	void servesTheWholeFileWithWhatPlayersNeedToSeek() {
		EntityExchangeResult<byte[]> whole = get(null).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCEPT_RANGES, "bytes")
			.expectHeader()
			.contentType("video/mp4")
			.expectHeader()
			.contentLength(LENGTH)
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, this.etag)
			.expectBody()
			.returnResult();

		assertThat(whole.getResponseBody()).isEqualTo(this.stored);
	}

	@Test
	void answersEveryFormOfOneRangeWithItsBytes() {
		int chunk = RecordingStore.CHUNK_SIZE;
		assertRange("bytes=0-0", 0, 0);
		assertRange("bytes=1000-" + (2 * chunk + 10), 1000, 2 * chunk + 10);
		assertRange("bytes=" + chunk + "-" + chunk, chunk, chunk);
		assertRange("bytes=" + (chunk - 1) + "-" + chunk, chunk - 1, chunk);
		assertRange("bytes=" + (LENGTH - 1) + "-" + (LENGTH - 1), LENGTH - 1, LENGTH - 1);
		assertRange("bytes=500-", 500, LENGTH - 1);
		assertRange("bytes=-500", LENGTH - 500, LENGTH - 1);
		assertRange("bytes=" + (LENGTH - 10) + "-" + (LENGTH + 5000), LENGTH - 10, LENGTH - 1);
	}

	@Test
	void refusesARangeBeyondTheEndSayingHowLongTheFileIs() {
		for (String range : new String[] { "bytes=" + LENGTH + "-", "bytes=" + (LENGTH + 10) + "-" + (LENGTH + 20),
				"bytes=-0" }) {
			this.client.get()
				.uri(this.path)
				.header(HttpHeaders.RANGE, range)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
				.expectHeader()
				.valueEquals(HttpHeaders.CONTENT_RANGE, "bytes */" + LENGTH);
		}
	}

	@Test
	void aStaleIfRangeGetsTheWholeFileAndAFreshOneTheRange() {
		byte[] stale = this.client.get()
			.uri(this.path)
			.header(HttpHeaders.RANGE, "bytes=0-99")
			.header(HttpHeaders.IF_RANGE, "\"0000000000000000deadbeef\"")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.CONTENT_RANGE)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(stale).isEqualTo(this.stored);

		byte[] fresh = this.client.get()
			.uri(this.path)
			.header(HttpHeaders.RANGE, "bytes=0-99")
			.header(HttpHeaders.IF_RANGE, this.etag)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(fresh).isEqualTo(Arrays.copyOfRange(this.stored, 0, 100));
	}

	@Test
	void aCachedCopyIsConfirmedWithoutItsBytes() {
		this.client.get()
			.uri(this.path)
			.header(HttpHeaders.IF_NONE_MATCH, this.etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, this.etag)
			.expectBody()
			.isEmpty();
		get(null).expectStatus().isOk();
	}

	@Test
	void aRangeIsSentAsStoredEvenToAClientThatTakesGzip() {
		// Through the real server (compression is Netty's, and video is not in its list),
		// with Reactor Netty's client as it is: Spring's connector would unpack gzip
		// itself.
		byte[] range = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create()))
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri(this.path)
			.header(HttpHeaders.RANGE, "bytes=100-2099")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.expectHeader()
			.doesNotExist(HttpHeaders.CONTENT_ENCODING)
			.expectHeader()
			.contentLength(2000)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(range).isEqualTo(Arrays.copyOfRange(this.stored, 100, 2100));
	}

	@Test
	void headTellsLengthAndTypeWithoutTheBytes() {
		this.client.head()
			.uri(this.path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentLength(LENGTH)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCEPT_RANGES, "bytes")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, this.etag)
			.expectBody()
			.isEmpty();
		this.client.head()
			.uri(this.path)
			.header(HttpHeaders.RANGE, "bytes=-500")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_RANGE, "bytes " + (LENGTH - 500) + "-" + (LENGTH - 1) + "/" + LENGTH)
			.expectBody()
			.isEmpty();
	}

	@Test
	void aClientThatStopsHalfwayGotTheRightBytesAndTheNextOneIsServed() {
		WebClient http = WebClient.create("http://localhost:" + this.port);
		int wanted = LENGTH / 2;
		byte[] received = http.get()
			.uri(this.path)
			.retrieve()
			.bodyToFlux(DataBuffer.class)
			.scan(new byte[0], (bytes, buffer) -> {
				byte[] more = new byte[buffer.readableByteCount()];
				buffer.read(more);
				DataBufferUtils.release(buffer);
				byte[] joined = Arrays.copyOf(bytes, bytes.length + more.length);
				System.arraycopy(more, 0, joined, bytes.length, more.length);
				return joined;
			})
			.takeUntil((bytes) -> bytes.length >= wanted)
			.last()
			.block(Duration.ofSeconds(30));

		assertThat(received.length).isGreaterThanOrEqualTo(wanted).isLessThan(LENGTH);
		assertThat(received).isEqualTo(Arrays.copyOf(this.stored, received.length));
		assertRange("bytes=" + wanted + "-", wanted, LENGTH - 1);
	}

	@Test
	void theRecordingPageShowsTheProcessedRecordingInTheBrowsersOwnPlayer() {
		String html = new PageClient(this.context).get(Members.OTHER_ORGANISER,
				this.path.replace("medien/video.mp4", "aufnahme"), HttpStatus.OK);

		assertThat(html)
			.contains("<video controls preload=\"metadata\"", "<source src=\"" + this.path + "\" type=\"video/mp4\">",
					"download>Aufnahme herunterladen</a>", "MP4 (H.264/AAC), 785 kB, Dauer 1:00")
			.doesNotContain("<audio", "poster=");
	}

	@Test
	void aTalkWithoutRecordingHasNoMedia() {
		Talk silent = this.fixture.talk("stumm");
		this.client.get()
			.uri(MediaKind.path(silent.series(), silent.slug(), MediaKind.VIDEO))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get().uri(this.path.replace("video.mp4", "audio.m4a")).exchange().expectStatus().isNotFound();
		this.client.get().uri(this.path.replace("video.mp4", "andere.mp4")).exchange().expectStatus().isNotFound();
	}

	private void assertRange(String range, long first, long last) {
		byte[] body = this.client.get()
			.uri(this.path)
			.header(HttpHeaders.RANGE, range)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_RANGE, "bytes " + first + "-" + last + "/" + LENGTH)
			.expectHeader()
			.contentLength(last - first + 1)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(body).as(range).isEqualTo(Arrays.copyOfRange(this.stored, (int) first, (int) last + 1));
	}

	private WebTestClient.ResponseSpec get(String range) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri(this.path);
		if (range != null) {
			request = request.header(HttpHeaders.RANGE, range);
		}
		return request.exchange();
	}

}
