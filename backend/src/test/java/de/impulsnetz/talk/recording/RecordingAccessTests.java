package de.impulsnetz.talk.recording;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may upload and see a talk's recording over HTTP: the organisers of its series and
 * admins; not anonymous readers, members or organisers of another municipality. The
 * streamed upload form is refused without its CSRF token. (The accepted form upload needs
 * a real session, which the mocked login here does not keep: the browser journey covers
 * it.)
 */
@IntegrationTest
class RecordingAccessTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final PageClient pages;

	private final WebTestClient client;

	private final RecordingFixture fixture;

	RecordingAccessTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library,
			@Autowired RecordingStore store, @Autowired ReactiveMongoTemplate mongo) {
		this.pages = new PageClient(context);
		this.client = this.pages.anonymous().mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.fixture = new RecordingFixture(library, store, mongo);
	}

	@Test
	void onlyOrganisersOfTheSeriesAndAdminsUploadThroughTheApi() {
		Talk talk = this.fixture.talk("rechte-api");
		byte[] wav = TestMedia.wav(1);

		put(null, talk, wav).expectStatus().isUnauthorized();
		put(Members.STEINFURT, talk, wav).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Diese Impulsreihe bearbeiten die Veranstaltenden ihrer Kommune und die Administration.");
		put(Members.ORGANISER, talk, wav).expectStatus().isForbidden();
		assertThat(this.fixture.jobsOf(talk)).isZero();

		put(Members.OTHER_ORGANISER, talk, wav).expectStatus().isAccepted();
		put(Members.ADMIN, talk, wav).expectStatus().isAccepted();
		assertThat(this.fixture.jobsOf(talk)).isEqualTo(2);
	}

	@Test
	void theProcessingIsShownToOrganisersOnly() {
		Talk talk = this.fixture.talk("rechte-stand");

		get(null, talk).expectStatus().isUnauthorized();
		get(Members.STEINFURT, talk).expectStatus().isForbidden();
		get(Members.ORGANISER, talk).expectStatus().isForbidden();
		get(Members.OTHER_ORGANISER, talk).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Zu diesem Vortrag wurde noch keine Aufnahme hochgeladen.");
		this.client.mutateWith(SignedIn.bearer(Members.ADMIN))
			.get()
			.uri("/api/v1/impulse/" + talk.series() + "/vortraege/gibt-es-nicht/aufnahme")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Diese Impulsreihe oder diesen Vortrag gibt es nicht, oder er ist für Sie nicht sichtbar.");
	}

	@Test
	void theRecordingPageIsForOrganisersOfTheSeries() {
		Talk talk = this.fixture.talk("rechte-seite");
		String page = page(talk);

		this.client.get().uri(page).exchange().expectStatus().isFound().expectHeader().location("/anmelden");
		this.pages.get(Members.STEINFURT, page, HttpStatus.FORBIDDEN);
		this.pages.get(Members.ORGANISER, page, HttpStatus.FORBIDDEN);
		String html = this.pages.get(Members.OTHER_ORGANISER, page, HttpStatus.OK);
		assertThat(html).contains("Aufnahme hochladen", "enctype=\"multipart/form-data\"", "name=\"datei\"",
				"/js/recording-upload-", "Zu diesem Vortrag wurde noch keine Aufnahme hochgeladen.");
		assertThat(html.indexOf("name=\"_csrf\"")).as("the token before the file")
			.isLessThan(html.indexOf("name=\"datei\""));
		this.pages.get(Members.ADMIN, page, HttpStatus.OK);
	}

	@Test
	void theStateThePageFollowsIsForOrganisersOfTheSeries() {
		Talk talk = this.fixture.talk("stand-rechte");
		this.fixture.finishedVideo(talk, TestMedia.wav(1));
		String state = page(talk) + "/stand";

		state(null, state).expectStatus().isUnauthorized();
		state(Members.STEINFURT, state).expectStatus().isForbidden();
		state(Members.ORGANISER, state).expectStatus().isForbidden();
		state(Members.OTHER_ORGANISER, state).expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectHeader()
			.cacheControl(CacheControl.noStore())
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("FERTIG")
			.jsonPath("$.text")
			.isEqualTo("Verarbeitet")
			.jsonPath("$.progress")
			.isEqualTo(100)
			.jsonPath("$.running")
			.isEqualTo(false)
			.jsonPath("$.error")
			.doesNotExist();
		state(Members.ADMIN, state).expectStatus().isOk();
		state(Members.ADMIN, page(this.fixture.talk("stand-nichts")) + "/stand").expectStatus().isNotFound();
		state(Members.ADMIN, "/impulse/" + talk.series() + "/gibt-es-nicht/aufnahme/stand").expectStatus().isNotFound();
	}

	@Test
	void theStateSaysWhatRunsAndWhyItFailed() {
		Talk running = this.fixture.talk("stand-laeuft");
		this.fixture.unfinished(running, RecordingJob.Status.IN_ARBEIT, 40, null);
		Talk failed = this.fixture.talk("stand-fehler");
		this.fixture.unfinished(failed, RecordingJob.Status.FEHLER, 0, "talk.recording.error.unreadable");

		state(Members.OTHER_ORGANISER, page(running) + "/stand").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("IN_ARBEIT")
			.jsonPath("$.text")
			.isEqualTo("Wird verarbeitet")
			.jsonPath("$.progress")
			.isEqualTo(40)
			.jsonPath("$.running")
			.isEqualTo(true);
		state(Members.OTHER_ORGANISER, page(failed) + "/stand").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("FEHLER")
			.jsonPath("$.text")
			.isEqualTo("Verarbeitung gescheitert")
			.jsonPath("$.running")
			.isEqualTo(false)
			.jsonPath("$.error")
			.isEqualTo("Die Datei ist beschädigt oder unvollständig und lässt sich nicht lesen. "
					+ "Sie bleibt gespeichert; bitte laden Sie die Aufnahme noch einmal hoch.");

		// The page follows a running job by itself, and without JavaScript offers a link
		// that reloads it; a finished job it no longer follows.
		String html = this.pages.get(Members.OTHER_ORGANISER, page(running), HttpStatus.OK);
		assertThat(html).contains("data-recording-live=\"" + page(running) + "/stand\"", "/js/recording-status-",
				"aria-live=\"polite\"", "Stand aktualisieren");
		assertThat(this.pages.get(Members.OTHER_ORGANISER, page(failed), HttpStatus.OK))
			.doesNotContain("data-recording-live", "Stand aktualisieren")
			.contains("Die Datei ist beschädigt oder unvollständig");
	}

	@Test
	void thePlainFormIsRefusedWithoutItsToken() {
		Talk talk = this.fixture.talk("formular");
		Session session = open(Members.OTHER_ORGANISER, talk);

		post(Members.OTHER_ORGANISER, talk, session.cookie(), null, TestMedia.wav(1)).expectStatus().isForbidden();
		post(Members.OTHER_ORGANISER, talk, session.cookie(), "falsch-" + session.token(), TestMedia.wav(1))
			.expectStatus()
			.isForbidden();
		post(Members.OTHER_ORGANISER, talk, null, session.token(), TestMedia.wav(1)).expectStatus().isForbidden();
		assertThat(this.fixture.jobsOf(talk)).isZero();
	}

	@Test
	void anOrganiserOfAnotherMunicipalityCannotUploadThroughTheForm() {
		Talk talk = this.fixture.talk("formular-fremd");
		Session other = open(Members.ADMIN, talk);
		Session member = open(Members.STEINFURT, this.fixture.talk("formular-mitglied-seite"));

		post(Members.ORGANISER, talk, other.cookie(), other.token(), TestMedia.wav(1)).expectStatus().isForbidden();
		post(Members.STEINFURT, talk, member.cookie(), member.token(), TestMedia.wav(1)).expectStatus().isForbidden();
		assertThat(this.fixture.jobsOf(talk)).isZero();
	}

	/**
	 * A session with its CSRF token, as the browser has it after opening a page with a
	 * form.
	 */
	private Session open(Member member, Talk talk) {
		EntityExchangeResult<String> result = this.client.mutateWith(SignedIn.as(member))
			.get()
			.uri("/impulse")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		Matcher token = TOKEN.matcher(result.getResponseBody());
		assertThat(token.find()).isTrue();
		ResponseCookie cookie = result.getResponseCookies().toSingleValueMap().values().iterator().next();
		return new Session(cookie.getName() + "=" + cookie.getValue(), token.group(1));
	}

	private WebTestClient.ResponseSpec post(Member member, Talk talk, @Nullable String cookie, @Nullable String token,
			byte[] file) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		if (token != null) {
			form.part("_csrf", token);
		}
		form.part("datei", file).filename("vortrag.wav").contentType(MediaType.valueOf("audio/wav"));
		WebTestClient.RequestBodySpec request = this.client.mutateWith(SignedIn.as(member))
			.post()
			.uri(page(talk))
			.accept(MediaType.TEXT_HTML);
		if (cookie != null) {
			request.header(HttpHeaders.COOKIE, cookie);
		}
		return request.body(BodyInserters.fromMultipartData(form.build())).exchange();
	}

	private record Session(String cookie, String token) {

	}

	private WebTestClient.ResponseSpec put(@Nullable Member member, Talk talk, byte[] content) {
		WebTestClient client = (member != null) ? this.client.mutateWith(SignedIn.bearer(member)) : this.client;
		return client.put().uri(api(talk)).contentType(MediaType.valueOf("audio/wav")).bodyValue(content).exchange();
	}

	private WebTestClient.ResponseSpec get(@Nullable Member member, Talk talk) {
		WebTestClient client = (member != null) ? this.client.mutateWith(SignedIn.bearer(member)) : this.client;
		return client.get().uri(api(talk)).exchange();
	}

	private WebTestClient.ResponseSpec state(@Nullable Member member, String path) {
		WebTestClient client = (member != null) ? this.client.mutateWith(SignedIn.as(member)) : this.client;
		return client.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange();
	}

	private static String page(Talk talk) {
		return "/impulse/" + talk.series() + "/" + talk.slug() + "/aufnahme";
	}

	private static String api(Talk talk) {
		return "/api/v1/impulse/" + talk.series() + "/vortraege/" + talk.slug() + "/aufnahme";
	}

}
