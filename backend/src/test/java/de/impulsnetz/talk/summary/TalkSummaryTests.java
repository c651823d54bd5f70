package de.impulsnetz.talk.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkFixture;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary of a talk, written by the organisers of its series on its page and through
 * the API: every save a version, two versions compared word by word, a stale save refused
 * with the text kept, readers seeing it only once published, everyone else refused.
 */
@IntegrationTest
class TalkSummaryTests {

	private static final String IMPORTED = "Die Zusammenfassung aus der Inhaltsdatei.";

	private final PageClient pages;

	private final Talk talk;

	private final String page;

	TalkSummaryTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library) {
		this.pages = new PageClient(context);
		TalkFixture fixture = new TalkFixture(library);
		TalkSeries series = fixture.series("Reihe der Stadt Altena", "stadt-altena");
		this.talk = fixture.talk(series, "Kommentare moderieren", Instant.now().minus(3, ChronoUnit.DAYS), IMPORTED);
		this.page = "/impulse/" + this.talk.key() + "/zusammenfassung";
	}

	@Test
	void everySaveIsAVersionAndTwoVersionsCompareWordByWord() {
		String editor = this.pages.get(Members.ORGANISER, this.page, HttpStatus.OK);
		assertThat(editor).contains(IMPORTED).contains("Noch nicht gespeichert.");

		save("Wir haben über Kommentare gesprochen.", 0, HttpStatus.SEE_OTHER);
		save("Wir haben lange über Kommentare gesprochen.", 1, HttpStatus.SEE_OTHER);

		String versions = this.pages.get(Members.ORGANISER, this.page + "/versionen", HttpStatus.OK);
		assertThat(versions).contains("Olga Orga").contains("Version 2 mit 1 vergleichen");
		String diff = this.pages.get(Members.ORGANISER, this.page + "/versionen/vergleich?von=1&bis=2", HttpStatus.OK);
		assertThat(diff).contains("Wir haben <ins>lange </ins>über Kommentare gesprochen.").doesNotContain("<del>");
		this.pages.get(Members.ORGANISER, this.page + "/versionen/vergleich?von=1&bis=7", HttpStatus.NOT_FOUND);
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedWithTheTextKept() {
		save("Die erste Fassung.", 0, HttpStatus.SEE_OTHER);

		String refused = save("Meine Fassung, die nicht verloren gehen darf.", 0, HttpStatus.CONFLICT);

		assertThat(refused).contains("hat Olga Orga Version 1 gespeichert")
			.contains("Meine Fassung, die nicht verloren gehen darf.");
		assertThat(refused).contains("name=\"version\" value=\"1\"");
		String editor = this.pages.get(Members.ORGANISER, this.page, HttpStatus.OK);
		assertThat(editor).contains("Die erste Fassung.").doesNotContain("nicht verloren gehen");
	}

	@Test
	void readersSeeTheSummaryOnlyOnceItIsPublished() {
		String talkPage = "/impulse/" + this.talk.key();
		save("Neu: **Kommentare** wohlwollend beantworten.", 0, HttpStatus.SEE_OTHER);
		assertThat(this.pages.get(null, talkPage, HttpStatus.OK)).contains(IMPORTED).doesNotContain("wohlwollend");

		this.pages.post(Members.ORGANISER, this.page + "/veroeffentlichen", form(Map.of("version", "1")),
				HttpStatus.SEE_OTHER);

		assertThat(this.pages.get(null, talkPage, HttpStatus.OK))
			.contains("Neu: <strong>Kommentare</strong> wohlwollend beantworten.")
			.doesNotContain(IMPORTED);
		assertThat(this.pages.get(Members.ORGANISER, this.page, HttpStatus.OK)).contains("Veröffentlicht: Version 1");
	}

	@Test
	void thePreviewIsTheSanitisedPageText() {
		String preview = this.pages.post(Members.ORGANISER, this.page + "/vorschau",
				form(Map.of("body", "**fett** <script>alert(1)</script>")), HttpStatus.OK);

		assertThat(preview).contains("<strong>fett</strong>").doesNotContain("<script>");
		String again = save("Ohne Absenden *gerendert*", 0, HttpStatus.OK, "vorschau");
		assertThat(again).contains("<em>gerendert</em>");
	}

	@Test
	void onlyTheOrganisersOfTheSeriesAndAdminsOpenTheSummaryPage() {
		this.pages.anonymous()
			.get()
			.uri(this.page)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueMatches("Location", ".*/anmelden.*");
		this.pages.get(Members.STEINFURT, this.page, HttpStatus.FORBIDDEN);
		this.pages.get(Members.OTHER_ORGANISER, this.page, HttpStatus.FORBIDDEN);
		this.pages.get(Members.OTHER_ORGANISER, this.page + "/versionen", HttpStatus.FORBIDDEN);
		this.pages.post(Members.OTHER_ORGANISER, this.page, form(Map.of("body", "Fremd", "version", "0")),
				HttpStatus.FORBIDDEN);
		this.pages.post(Members.STEINFURT, this.page + "/veroeffentlichen", form(Map.of("version", "1")),
				HttpStatus.FORBIDDEN);
		this.pages.get(Members.ADMIN, this.page, HttpStatus.OK);
		this.pages.get(Members.ORGANISER, "/impulse/" + this.talk.series() + "/gibt-es-nicht/zusammenfassung",
				HttpStatus.NOT_FOUND);
	}

	@Test
	void theApiSavesVersionsRefusesStaleOnesAndPublishes() {
		String api = "/api/v1/impulse/" + this.talk.series() + "/vortraege/" + this.talk.slug() + "/zusammenfassung";
		api(Members.ORGANISER).get()
			.uri(api)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(0)
			.jsonPath("$.markdown")
			.isEqualTo(IMPORTED);
		api(Members.ORGANISER).put()
			.uri(api)
			.bodyValue(Map.of("markdown", "Per API geschrieben.", "version", 0))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.publishedVersion")
			.doesNotExist();
		api(Members.ORGANISER).put()
			.uri(api)
			.bodyValue(Map.of("markdown", "Veraltet.", "version", 0))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.currentVersion")
			.isEqualTo(1)
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("erneut gespeichert"));
		api(Members.ORGANISER).post()
			.uri(api + "/veroeffentlichen")
			.bodyValue(Map.of("version", 1))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.publishedVersion")
			.isEqualTo(1);
		assertThat(this.pages.get(null, "/impulse/" + this.talk.key(), HttpStatus.OK)).contains("Per API geschrieben.");
	}

	@Test
	void theApiRefusesEveryoneButTheOrganisersOfTheSeries() {
		String api = "/api/v1/impulse/" + this.talk.series() + "/vortraege/" + this.talk.slug() + "/zusammenfassung";
		Map<String, Object> body = Map.of("markdown", "Fremder Text.", "version", 0);
		this.pages.anonymous().put().uri(api).bodyValue(body).exchange().expectStatus().isUnauthorized();
		for (Member refused : new Member[] { Members.STEINFURT, Members.OTHER_ORGANISER }) {
			api(refused).put()
				.uri(api)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("Diese Impulsreihe bearbeiten die Veranstaltenden ihrer Kommune und die Administration.");
			api(refused).post()
				.uri(api + "/veroeffentlichen")
				.bodyValue(Map.of("version", 1))
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		api(Members.ORGANISER).put()
			.uri("/api/v1/impulse/" + this.talk.series() + "/vortraege/gibt-es-nicht/zusammenfassung")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		api(Members.ADMIN).put().uri(api).bodyValue(body).exchange().expectStatus().isOk();
	}

	@Test
	void theApiDescriptionNamesTheSummaryOperations() {
		// The description is generated on the first request: slow on a busy machine.
		this.pages.anonymous()
			.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/impulse/{reihe}/vortraege/{talk}/zusammenfassung'].put")
			.exists()
			.jsonPath("$.paths['/api/v1/impulse/{reihe}/vortraege/{talk}/zusammenfassung/veroeffentlichen'].post")
			.exists();
	}

	private WebTestClient api(Member member) {
		return this.pages.anonymous().mutateWith(SignedIn.bearer(member));
	}

	private String save(String text, int version, HttpStatus status) {
		return save(text, version, status, "speichern");
	}

	private String save(String text, int version, HttpStatus status, String action) {
		return this.pages.post(Members.ORGANISER, this.page,
				form(Map.of("body", text, "version", String.valueOf(version), "action", action)), status);
	}

	private static MultiValueMap<String, String> form(Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return form;
	}

}
