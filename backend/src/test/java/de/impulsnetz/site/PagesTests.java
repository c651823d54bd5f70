package de.impulsnetz.site;

import de.impulsnetz.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PagesTests {

	@Autowired
	WebTestClient client;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/praxis", "/praxis/stellenanzeigen-als-humorvolle-videos", "/impulse",
			"/impulse/impulsreihe-social-media", "/impulse/impulsreihe-social-media/das-format-amtfluencer",
			"/veranstaltungen", "/veranstaltungen/runder-tisch-21-altena", "/kommunen", "/kommunen/kreis-steinfurt",
			"/impressum", "/datenschutz", "/barrierefreiheit" })
	void servesEveryPageInGermanWithSecurityHeaders(String path) {
		String html = page(path).expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*script-src 'self';.*frame-ancestors 'none'.*")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("<html lang=\"de\">").contains("Zum Inhalt springen");
		// No script runs inline; JSON-LD is data, which the CSP does not execute.
		String withoutData = html.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
		assertThat(withoutData).doesNotContain("??").doesNotContain("style=").doesNotContain("<script");
		assertThat(html).containsOnlyOnce("<h1");
	}

	@Test
	void startPageShowsLatestPracticesUpcomingEventsAndTalks() {
		String html = body("/");
		assertThat(html).contains("Neue Praxisbeispiele").contains("Nächste Veranstaltungen").contains("Neue Impulse");
		assertThat(html).contains("href=\"/praxis/").contains("href=\"/veranstaltungen/").contains("href=\"/impulse/");
	}

	@Test
	void practicePageShowsMunicipalityChannelsTopicsAndRenderedBody() {
		String html = body("/praxis/stellenanzeigen-als-humorvolle-videos");
		assertThat(html).contains("href=\"/kommunen/kreis-minden-luebbecke\"").contains("Instagram");
		assertThat(html).contains("<h2 id=\"kernaussagen\">Kernaussagen</h2>").contains("Das können Sie übernehmen");
	}

	@Test
	void talkPageShowsSpeakersAndSummary() {
		String html = body("/impulse/impulsreihe-social-media/das-format-amtfluencer");
		assertThat(html).contains("Christian Rosenberger").contains("Zusammenfassung");
	}

	@Test
	void eventPageShowsVenueOrganisersAndProposals() {
		String html = body("/veranstaltungen/runder-tisch-21-altena");
		assertThat(html).contains("Burg Holtzbrinck")
			.contains("Sessionvorschläge")
			.contains("href=\"/kommunen/stadt-altena\"");
	}

	@Test
	void municipalityPageShowsChannelsTownsAndWhatItShared() {
		String html = body("/kommunen/kreis-steinfurt");
		assertThat(html).contains("Kanäle")
			.contains("Städte und Gemeinden")
			.contains("href=\"/kommunen/stadt-rheine\"");
		assertThat(html).contains("href=\"/praxis/interkommunale-social-media-arbeitsgruppe-steinfurt\"");
		assertThat(html).contains("Impulsreihen").contains("href=\"/impulse/impulsreihe-social-media\"");
		assertThat(html.indexOf("Praxisbeispiele</h2>")).isLessThan(html.indexOf("Impulsreihen</h2>"));
	}

	@Test
	void accessibilityStatementNamesAFeedbackContact() {
		String html = body("/barrierefreiheit");
		assertThat(html).contains("Erklärung zur Barrierefreiheit")
			.contains("Feedback und Kontakt")
			.contains("mailto:");
	}

	@Test
	void unknownPagesGetAGermanNotFoundPage() {
		String html = page("/praxis/gibt-es-nicht").expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("<html lang=\"de\">")
			.contains("Diese Seite gibt es nicht")
			.contains("Zur Startseite");
		page("/gibt/es/nicht").expectStatus().isNotFound();
	}

	@Test
	void plainCurlGetsTheGermanNotFoundPageToo() {
		String html = this.client.get()
			.uri("/gibt/es/nicht")
			.accept(MediaType.ALL)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("<html lang=\"de\">").contains("Diese Seite gibt es nicht");
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/gibt-es-nicht, */*", "/api/v1/praxis/gibt-es-nicht/versionen, application/json",
			"/gibt/es/nicht, application/json", "/praxis/gibt-es-nicht, application/problem+json" })
	void apiClientsGetAGermanProblemDetailForAnAddressThatDoesNotExist(String path, String accept) {
		this.client.get()
			.uri(path)
			.accept(MediaType.parseMediaType(accept))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.title")
			.isEqualTo("Nicht gefunden")
			.jsonPath("$.instance")
			.isEqualTo(path);
	}

	@Test
	void failuresGetAGermanErrorPageWithoutStackTrace() {
		String html = page("/test/fehler").expectStatus()
			.is5xxServerError()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("Etwas ist schiefgegangen").contains("Fehlerreferenz");
		assertThat(html).doesNotContain("IllegalStateException")
			.doesNotContain("geheime Details")
			.doesNotContain("at de.");
	}

	@Test
	void apiClientsGetErrorsAsJsonWithoutDetails() {
		String json = this.client.get()
			.uri("/test/fehler")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.is5xxServerError()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(json).contains("\"status\":500")
			.contains("\"title\":\"Interner Fehler\"")
			.doesNotContain("geheime Details")
			.doesNotContain("trace");
	}

	@Test
	void switchesToEnglishWhenAskedAndRemembersIt() {
		this.client.get()
			.uri("/praxis?lang=en")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectCookie()
			.valueEquals("lang", "en")
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<html lang=\"en\">").contains("Practice examples"));
		this.client.get()
			.uri("/praxis")
			.cookie("lang", "en")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<html lang=\"en\">"));
	}

	@Test
	void staysGermanWhateverTheBrowserPrefers() {
		this.client.get()
			.uri("/")
			.header("Accept-Language", "en-US,en;q=0.9")
			.exchange()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<html lang=\"de\">"));
	}

	@Test
	void servesDesignSystemAndFontsFromOwnOrigin() {
		this.client.get().uri("/vendor/kern/kern.min.css").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/vendor/kern/fonts/fira-sans.css")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((css) -> assertThat(css)
				.containsPattern("url\\(\"/vendor/kern/fonts/fira-sans/FiraSans-[A-Za-z]+-[0-9a-f]{32}\\.woff2\"\\)")
				.doesNotContain("http"));
		this.client.get().uri("/vendor/kern/fonts/fira-sans/FiraSans-Regular.woff2").exchange().expectStatus().isOk();
	}

	@Test
	void healthReportsTheDatabase() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP");
	}

	private WebTestClient.ResponseSpec page(String path) {
		return this.client.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
	}

	private String body(String path) {
		return page(path).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

}
