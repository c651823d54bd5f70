package de.impulsnetz.talk.captions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.recording.RecordingFormat;
import de.impulsnetz.talk.recording.RecordingJob;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API for a talk's captions, chapters and slides: only the organisers of the series
 * (and admins) write, everyone else gets a German problem detail, and what is written is
 * what the player, podcast apps and search then get.
 */
@IntegrationTest
class CaptionsApiTests {

	private static final MediaType VTT = MediaType.parseMediaType("text/vtt");

	private static final MediaType SRT = MediaType.parseMediaType("application/x-subrip");

	private static final String CAPTIONS = """
			WEBVTT

			00:00:01.000 --> 00:00:04.000
			<v Anna Beispiel>Willkommen zum Impuls.

			00:00:04.000 --> 00:00:08.000
			<script>alert(1)</script>Heute: Bürgergeld.
			""";

	private final PageClient pages;

	private final WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	TalkCaptions captions;

	@Autowired
	TalkSlides slides;

	@Autowired
	TalkChapters chapters;

	private Talk talk;

	CaptionsApiTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
		this.client = this.pages.anonymous();
	}

	@BeforeEach
	void talk() {
		this.talk = TalkFixture.talk(this.mongo);
	}

	@Test
	void onlyOrganisersOfTheSeriesAndAdminsWriteCaptions() {
		putCaptions(null, "de", CAPTIONS, VTT).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		for (Member refused : List.of(Members.STEINFURT, Members.OTHER_ORGANISER)) {
			putCaptions(refused, "de", CAPTIONS, VTT).expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("Diese Impulsreihe bearbeiten die Veranstaltenden ihrer Kommune und die Administration.");
		}
		assertThat(this.captions.languages(this.talk.id()).collectList().block()).isEmpty();

		putCaptions(Members.ORGANISER, "de", CAPTIONS, VTT).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.language")
			.isEqualTo("de")
			.jsonPath("$.label")
			.isEqualTo("Deutsch")
			.jsonPath("$.cues")
			.isEqualTo(2)
			.jsonPath("$.url")
			.isEqualTo(TalkFixture.base(this.talk) + "/untertitel/de.vtt");
		putCaptions(Members.ADMIN, "en-gb", "1\n00:00:01,000 --> 00:00:02,000\nWelcome.\n", SRT).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.language")
			.isEqualTo("en-GB");

		assertThat(this.captions.languages(this.talk.id()).collectList().block()).containsExactly("de", "en-GB");
		as(Members.ORGANISER).get()
			.uri(TalkFixture.api(this.talk) + "/untertitel")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].language")
			.isEqualTo(List.of("de", "en-GB"))
			.jsonPath("$[1].label")
			.isEqualTo("Englisch (Vereinigtes Königreich)")
			.jsonPath("$[1].url")
			.isEqualTo(TalkFixture.base(this.talk) + "/untertitel/en-GB.vtt");
		this.client.get()
			.uri("/api/v1/impulse/" + this.talk.series() + "/vortraege/gibt-es-nicht/untertitel")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void servesTheStoredCaptionsAsCleanWebVttWithItsType() {
		// Anyone plays, and reads the files of, a published talk whose speakers agreed.
		this.talk = TalkFixture.published(this.mongo, this.talk);
		putCaptions(Members.ORGANISER, "de", CAPTIONS, VTT).expectStatus().isOk();

		byte[] served = this.client.get()
			.uri(TalkFixture.base(this.talk) + "/untertitel/de.vtt")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/vtt;charset=UTF-8")
			.expectBody()
			.returnResult()
			.getResponseBody();

		assertThat(new String(served, StandardCharsets.UTF_8)).startsWith("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n")
			.contains("<v Anna Beispiel>Willkommen zum Impuls.", "alert(1)Heute: Bürgergeld.")
			.doesNotContain("<script>");
		this.client.get()
			.uri(TalkFixture.base(this.talk) + "/untertitel/fr.vtt")
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.captions.tracks(this.talk).collectList().block()).singleElement().satisfies((track) -> {
			assertThat(track.kind()).isEqualTo("captions");
			assertThat(track.isDefault()).isTrue();
			assertThat(track.url()).isEqualTo(TalkFixture.base(this.talk) + "/untertitel/de.vtt");
		});
	}

	@Test
	void wrongCaptionsAreRefusedNamingTheLineInGerman() {
		putCaptions(Members.ORGANISER, "de", "WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nRückwärts\n", VTT).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Die Untertitel lassen sich nicht verwenden")
			.jsonPath("$.detail")
			.isEqualTo("Zeile 3: Der Untertitel endet (00:00:04.000) nicht nach seinem Beginn (00:00:05.000).")
			.jsonPath("$.line")
			.isEqualTo(3);
		putCaptions(Members.ORGANISER, "klingonisch", CAPTIONS, VTT).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("„de“"));
		this.client.mutateWith(SignedIn.bearer(Members.ORGANISER))
			.put()
			.uri(TalkFixture.api(this.talk) + "/untertitel/de")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(CAPTIONS)
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.captions.languages(this.talk.id()).collectList().block()).isEmpty();
	}

	@Test
	void chaptersAreWrittenAsAListAndServedAsPodcastingChaptersAndWebVtt() {
		// Anyone plays, and reads the files of, a published talk whose speakers agreed.
		this.talk = TalkFixture.published(this.mongo, this.talk);
		putChapters(Members.OTHER_ORGANISER, List.of(Map.of("start", "00:00", "title", "Begrüßung"))).expectStatus()
			.isForbidden();

		putChapters(Members.ORGANISER,
				List.of(Map.of("start", "00:00", "title", "Begrüßung"), Map.of("start", "12:34.5", "title", "Fragen")))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].start")
			.isEqualTo("00:00:00")
			.jsonPath("$[1].start")
			.isEqualTo("00:12:34.500")
			.jsonPath("$[1].title")
			.isEqualTo("Fragen");

		this.client.get()
			.uri(TalkFixture.base(this.talk) + "/kapitel.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/json+chapters")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo("1.2.0")
			.jsonPath("$.chapters.length()")
			.isEqualTo(2)
			.jsonPath("$.chapters[0].startTime")
			.isEqualTo(0)
			.jsonPath("$.chapters[0].title")
			.isEqualTo("Begrüßung")
			.jsonPath("$.chapters[1].startTime")
			.isEqualTo(754.5)
			.jsonPath("$.chapters[1].title")
			.isEqualTo("Fragen");
		String vtt = this.client.get()
			.uri(TalkFixture.base(this.talk) + "/kapitel.vtt")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/vtt;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		// The last chapter ends with the talk's planned hour until the recording's length
		// is known.
		assertThat(vtt).isEqualTo("""
				WEBVTT

				00:00:00.000 --> 00:12:34.500
				Begrüßung

				00:12:34.500 --> 01:00:00.000
				Fragen
				""");
		assertThat(this.chapters.clips(this.talk, Duration.ofMinutes(30)).collectList().block()).containsExactly(
				new TalkChapters.Clip("Begrüßung", 0, 754, TalkFixture.base(this.talk) + "?t=0"),
				new TalkChapters.Clip("Fragen", 754, 1800, TalkFixture.base(this.talk) + "?t=754"));
		assertThat(this.captions.tracks(this.talk).collectList().block()).singleElement().satisfies((track) -> {
			assertThat(track.kind()).isEqualTo("chapters");
			assertThat(track.label()).isEqualTo("Kapitel");
			assertThat(track.url()).isEqualTo(TalkFixture.base(this.talk) + "/kapitel.vtt");
		});
	}

	@Test
	void wrongChaptersAreNamedByTheirEntry() {
		putChapters(Members.ORGANISER,
				List.of(Map.of("start", "10:00", "title", "Mitte"), Map.of("start", "05:00", "title", "Anfang"),
						Map.of("start", "zehn", "title", "")))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("[1].start")
			.jsonPath("$.errors[0].message")
			.value((String message) -> assertThat(message).contains("05:00", "10:00"))
			.jsonPath("$.errors[1].field")
			.isEqualTo("[2].start")
			.jsonPath("$.errors[2].field")
			.isEqualTo("[2].title");
		this.client.get().uri(TalkFixture.base(this.talk) + "/kapitel.json").exchange().expectStatus().isNotFound();
	}

	@Test
	void chaptersAndCaptionsBeyondTheRecordingsEndAreRefusedAsOnThePage() {
		recordedForAMinute(this.talk);
		List<Map<String, String>> beyond = List.of(Map.of("start", "00:00", "title", "Anfang"),
				Map.of("start", "01:30", "title", "Nach dem Ende"));

		putChapters(Members.ORGANISER, beyond).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("[1].start")
			.jsonPath("$.errors[0].message")
			.value((String message) -> assertThat(message).contains("01:30", "nach dem Ende der Aufnahme"));
		MultiValueMap<String, String> rows = new LinkedMultiValueMap<>();
		for (int i = 0; i < beyond.size(); i++) {
			rows.add("rows[" + i + "].start", beyond.get(i).get("start"));
			rows.add("rows[" + i + "].title", beyond.get(i).get("title"));
		}
		assertThat(this.pages.post(Members.ORGANISER, TalkFixture.base(this.talk) + "/kapitel", rows,
				HttpStatus.BAD_REQUEST))
			.contains("id=\"rows[1].start-fehler\"", "nach dem Ende der Aufnahme");
		putCaptions(Members.ORGANISER, "de", "WEBVTT\n\n00:00:50.000 --> 00:01:10.000\nZu lang.\n", VTT).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("nach dem Ende der Aufnahme"));
		assertThat(this.chapters.chapters(this.talk).block()).isEmpty();
		assertThat(this.captions.languages(this.talk.id()).collectList().block()).isEmpty();

		// Within the recording both are taken.
		putChapters(Members.ORGANISER,
				List.of(Map.of("start", "00:00", "title", "Anfang"), Map.of("start", "00:59", "title", "Schluss")))
			.expectStatus()
			.isOk();
		putCaptions(Members.ORGANISER, "de", CAPTIONS, VTT).expectStatus().isOk();
	}

	@Test
	void slidesAreStoredWithTheirTextAndDownloadedAsTheyWere() {
		// Anyone plays, and reads the files of, a published talk whose speakers agreed.
		this.talk = TalkFixture.published(this.mongo, this.talk);
		byte[] pdf = TestPdfs.slides("Bürgergeld im Jobcenter", "Fragen und Antworten");

		putSlides(Members.STEINFURT, pdf).expectStatus().isForbidden();
		putSlides(Members.ORGANISER, pdf).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.bytes")
			.isEqualTo(pdf.length)
			.jsonPath("$.pages")
			.isEqualTo(2)
			.jsonPath("$.url")
			.isEqualTo(TalkFixture.base(this.talk) + "/folien.pdf");

		byte[] downloaded = this.client.get()
			.uri(TalkFixture.base(this.talk) + "/folien.pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.contentLength(pdf.length)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(downloaded).isEqualTo(pdf);
		assertThat(this.slides.deck(this.talk).block().text()).contains("Bürgergeld im Jobcenter",
				"Fragen und Antworten");
	}

	@Test
	void whatIsNoPdfIsRefusedInGermanAndKeepsTheSlidesThereWere() {
		byte[] pdf = TestPdfs.slides("Erste Fassung");
		putSlides(Members.ORGANISER, pdf).expectStatus().isOk();

		putSlides(Members.ORGANISER, "GIF89a kein PDF".getBytes(StandardCharsets.US_ASCII)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Die Datei ist kein PDF. Bitte exportieren Sie die Folien als PDF.");
		putSlides(Members.ORGANISER, "%PDF-1.7 abgeschnitten".getBytes(StandardCharsets.US_ASCII)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).startsWith("Die PDF-Datei ist beschädigt"));

		assertThat(this.slides.deck(this.talk).block().text()).isEqualTo("Erste Fassung");
	}

	private WebTestClient.ResponseSpec putCaptions(@Nullable Member member, String language, String body,
			MediaType type) {
		return as(member).put()
			.uri(TalkFixture.api(this.talk) + "/untertitel/" + language)
			.contentType(type)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	private WebTestClient.ResponseSpec putChapters(Member member, List<Map<String, String>> chapters) {
		return as(member).put()
			.uri(TalkFixture.api(this.talk) + "/kapitel")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(chapters)
			.exchange();
	}

	private WebTestClient.ResponseSpec putSlides(Member member, byte[] pdf) {
		return as(member).put()
			.uri(TalkFixture.api(this.talk) + "/folien")
			.contentType(MediaType.APPLICATION_PDF)
			.bodyValue(pdf)
			.exchange();
	}

	/**
	 * A processed recording of one minute, as its finished job leaves it.
	 */
	private void recordedForAMinute(Talk talk) {
		Instant now = Instant.now();
		this.mongo
			.insert(new RecordingJob(null, talk.series(), talk.slug(), RecordingJob.Status.FERTIG, 100, null,
					new ObjectId(), RecordingFormat.MP4, 1000, "test", now, now, null, null, 1, 60.0, null, "aac", null,
					null, null, null, null, true))
			.block();
	}

	private WebTestClient as(@Nullable Member member) {
		return (member != null) ? this.client.mutateWith(SignedIn.bearer(member)) : this.client;
	}

}
