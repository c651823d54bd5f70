package de.impulsnetz.talk.captions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.recording.Recordings;
import de.impulsnetz.talk.recording.TestMedia;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The captions page of a talk for its organisers, and the transcript page for readers:
 * forms that refuse others, keep what was typed when something is wrong and say in German
 * which line; a transcript that jumps the player without JavaScript.
 */
@IntegrationTest
class CaptionsPageTests {

	private static final String CAPTIONS = """
			WEBVTT

			00:00:01.000 --> 00:00:04.000
			<v Anna Beispiel>Willkommen zum Impuls.

			00:00:04.000 --> 00:00:08.000
			Heute geht es um das Bürgergeld.

			00:12:34.000 --> 00:12:38.000
			<v Ben Frage>Wie lange dauert ein Antrag?
			""";

	private final PageClient pages;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	TalkCaptions captions;

	@Autowired
	TalkChapters chapters;

	@Autowired
	Recordings recordings;

	private Talk talk;

	private String base;

	CaptionsPageTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@BeforeEach
	void talk() {
		this.talk = TalkFixture.talk(this.mongo);
		this.base = TalkFixture.base(this.talk);
	}

	@Test
	void thePageIsForOrganisersOfTheSeriesAndAdminsOnly() {
		this.pages.anonymous().get().uri(this.base + "/untertitel").exchange().expectStatus().is3xxRedirection();
		this.pages.get(Members.STEINFURT, this.base + "/untertitel", HttpStatus.FORBIDDEN);
		this.pages.get(Members.OTHER_ORGANISER, this.base + "/untertitel", HttpStatus.FORBIDDEN);
		this.pages.get(Members.ADMIN, this.base + "/untertitel", HttpStatus.OK);

		String page = this.pages.get(Members.ORGANISER, this.base + "/untertitel", HttpStatus.OK);

		assertThat(page).contains("Untertitel, Kapitel und Folien", "Noch gibt es keine Untertitel.",
				"name=\"language\"", "name=\"captionFile\"", "name=\"chapterText\"", "name=\"rows[0].start\"",
				"name=\"slidesFile\"", "name=\"_csrf\"");
		// The form says what it can take: the multipart limit (6 MB a part) is below the
		// slides' 50 MB.
		assertThat(page).contains("Eine PDF-Datei, höchstens 6 MB.");
		this.pages.get(null, "/impulse/gibt-es-nicht/vortrag/untertitel", HttpStatus.FOUND);
	}

	@Test
	void othersCannotUploadOrDeleteThroughTheForms() {
		this.captions.store(this.talk, "de", body(CAPTIONS), null).block();
		for (Member refused : List.of(Members.STEINFURT, Members.OTHER_ORGANISER)) {
			upload(refused, "de", "untertitel.vtt", CAPTIONS).expectStatus().isForbidden();
			this.pages.post(refused, this.base + "/untertitel/de/loeschen", new LinkedMultiValueMap<>(),
					HttpStatus.FORBIDDEN);
			this.pages.post(refused, this.base + "/kapitel/text", form("chapterText", "00:00 Fremd"),
					HttpStatus.FORBIDDEN);
		}
		this.pages.anonymous()
			.mutateWith(csrf())
			.post()
			.uri(this.base + "/kapitel/text")
			.body(BodyInserters.fromFormData(form("chapterText", "00:00 Anonym")))
			.exchange()
			.expectStatus()
			.is3xxRedirection();

		assertThat(this.captions.languages(this.talk.id()).collectList().block()).containsExactly("de");
		assertThat(this.chapters.chapters(this.talk).block()).isEmpty();
	}

	@Test
	void organisersUploadSrtThatBecomesWebVttAndDeleteIt() {
		upload(Members.ORGANISER, "en", "captions.srt", "1\r\n00:00:01,000 --> 00:00:02,500\r\nWelcome.\r\n")
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueMatches("Location", ".*/untertitel\\?gespeichert=untertitel.*");

		assertThat(this.captions.track(this.talk, "en").block().vtt())
			.isEqualTo("WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nWelcome.\n");
		assertThat(this.pages.get(Members.ORGANISER, this.base + "/untertitel?gespeichert=untertitel", HttpStatus.OK))
			.contains("Die Untertitel sind gespeichert.", "Englisch", "/untertitel/en.vtt");

		this.pages.post(Members.ORGANISER, this.base + "/untertitel/en/loeschen", new LinkedMultiValueMap<>(),
				HttpStatus.SEE_OTHER);
		assertThat(this.captions.languages(this.talk.id()).collectList().block()).isEmpty();
	}

	@Test
	void wrongCaptionsComeBackNamingTheLineAndKeepingTheLanguage() {
		String page = upload(Members.ORGANISER, "en-GB", "falsch.vtt",
				"WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nSpäter\n\n00:00:01.000 --> 00:00:02.000\nFrüher\n")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains(
				"Zeile 6: Der Untertitel beginnt (00:00:01.000) vor dem vorigen (00:00:05.000); die Untertitel müssen der Zeit nach geordnet sein.",
				"id=\"captionFile-fehler\"", "value=\"en-GB\"");
		assertThat(this.captions.languages(this.talk.id()).collectList().block()).isEmpty();
	}

	@Test
	void pastedChaptersWithAWrongLineComeBackAsTypedWithTheLineNamed() {
		String typed = "00:00 Begrüßung\nEinleitung ohne Zeit\n10:00 Fragen";

		String page = this.pages.post(Members.ORGANISER, this.base + "/kapitel/text", form("chapterText", typed),
				HttpStatus.BAD_REQUEST);

		assertThat(page).contains("Zeile 2: Am Anfang fehlt die Zeit", "Einleitung ohne Zeit", "10:00 Fragen");
		assertThat(this.chapters.chapters(this.talk).block()).isEmpty();

		this.pages.post(Members.ORGANISER, this.base + "/kapitel/text",
				form("chapterText", "00:00 Begrüßung\n10:00 Fragen"), HttpStatus.SEE_OTHER);
		assertThat(this.chapters.chapters(this.talk).block()).extracting(Chapter::title)
			.containsExactly("Begrüßung", "Fragen");
		assertThat(this.pages.get(Members.ORGANISER, this.base + "/untertitel", HttpStatus.OK))
			.contains("value=\"10:00\"", "value=\"Fragen\"", "name=\"rows[2].start\"", "/kapitel.json");
	}

	@Test
	void chapterRowsWithAWrongStartShowTheErrorAtThatRow() {
		MultiValueMap<String, String> rows = form("rows[0].start", "00:00");
		rows.add("rows[0].title", "Begrüßung");
		rows.add("rows[1].start", "");
		rows.add("rows[1].title", "");
		rows.add("rows[2].start", "zwölf");
		rows.add("rows[2].title", "Fragen");

		String page = this.pages.post(Members.ORGANISER, this.base + "/kapitel", rows, HttpStatus.BAD_REQUEST);

		assertThat(page).contains("id=\"rows[2].start-fehler\"", "„zwölf“ ist keine Zeit", "value=\"Fragen\"");
		rows.set("rows[2].start", "12:00");
		this.pages.post(Members.ORGANISER, this.base + "/kapitel", rows, HttpStatus.SEE_OTHER);
		assertThat(this.chapters.chapters(this.talk).block()).extracting(Chapter::start)
			.containsExactly(Duration.ZERO, Duration.ofMinutes(12));
	}

	@Test
	void slidesThatAreNoPdfAreRefusedNextToTheField() {
		String page = uploadSlides("folien.pdf", "Das ist Text, kein PDF".getBytes(StandardCharsets.UTF_8))
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("id=\"slidesFile-fehler\"", "Die Datei ist kein PDF.");

		uploadSlides("folien.pdf", TestPdfs.slides("Folie eins")).expectStatus().isSeeOther();
		assertThat(this.pages.get(Members.ORGANISER, this.base + "/untertitel", HttpStatus.OK))
			.contains("Folien herunterladen (PDF, 1 kB, eine Seite)", "/folien.pdf");
	}

	@Test
	void theTranscriptGroupsBySpeakerAndEveryTimestampStartsThePlayerThere() {
		TestMedia.requireFfmpeg();
		this.talk = TalkFixture.published(this.mongo, this.talk);
		this.recordings
			.upload(this.talk.series(), this.talk.slug(), Members.ORGANISER,
					Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(TestMedia.h264())))
			.block();
		await().atMost(Duration.ofMinutes(1))
			.until(() -> this.recordings.current(this.talk).blockOptional().isPresent());
		this.captions.store(this.talk, "de", body(CAPTIONS), null).block();

		String page = this.pages.get(null, this.base + "/transkript", HttpStatus.OK);

		assertThat(page).contains("Anna Beispiel:", "Ben Frage:", "Willkommen zum Impuls.",
				"Heute geht es um das Bürgergeld.", "href=\"?t=754#player\"", "data-seek=\"754.000\"",
				"aria-label=\"Ab 12:34 abspielen\"", "src=\"/js/transcript-", "id=\"player\"",
				"src=\"" + this.base + "/untertitel/de.vtt\"", "srclang=\"de\"", "default=\"default\"");
		assertThat(page).containsPattern(
				"data-seek=\"1.000\"[^>]*>00:01</a>\\s*<strong class=\"transcript__speaker\">Anna Beispiel:</strong>"
						+ "\\s*<span class=\"transcript__line\"\\s+data-start=\"1.000\" data-end=\"4.000\">Willkommen zum Impuls.</span>"
						+ "\\s*<span class=\"transcript__line\"\\s+data-start=\"4.000\" data-end=\"8.000\">Heute geht es um das Bürgergeld.</span>");
		assertThat(page).contains("src=\"" + this.base + "/medien/video.mp4\"");

		assertThat(this.pages.get(null, this.base + "/transkript?t=754", HttpStatus.OK))
			.contains("src=\"" + this.base + "/medien/video.mp4#t=754\"");
		assertThat(this.pages.get(null, this.base + "/transkript?t=abc", HttpStatus.OK))
			.contains("src=\"" + this.base + "/medien/video.mp4\"");
	}

	@Test
	void aTalkWithoutCaptionsSaysThereIsNoTranscriptYet() {
		TalkFixture.published(this.mongo, this.talk);
		assertThat(this.pages.get(null, this.base + "/transkript", HttpStatus.OK))
			.contains("Für diesen Vortrag gibt es noch kein Transkript.");
		this.pages.get(null, "/impulse/gibt-es-nicht/vortrag/transkript", HttpStatus.NOT_FOUND);
	}

	private WebTestClient.ResponseSpec upload(Member member, String language, String filename, String content) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("language", language);
		form.part("captionFile", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return this.pages.as(member)
			.post()
			.uri(this.base + "/untertitel")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange();
	}

	private WebTestClient.ResponseSpec uploadSlides(String filename, byte[] content) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("slidesFile", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(MediaType.APPLICATION_PDF);
		return this.pages.as(Members.ORGANISER)
			.post()
			.uri(this.base + "/folien")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange();
	}

	private static MultiValueMap<String, String> form(String name, String value) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add(name, value);
		return form;
	}

	private static Flux<DataBuffer> body(String text) {
		return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
	}

}
