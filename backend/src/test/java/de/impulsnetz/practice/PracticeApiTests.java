package de.impulsnetz.practice;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API with the rules of the pages: public reading, drafts for the authors,
 * writing with a bearer token, four-eyes publishing, 409 on stale versions, German
 * problem details. Tokens are mocked here; a real Keycloak token is tested in
 * AccountApiIT.
 */
@IntegrationTest
class PracticeApiTests {

	private final PageClient pages;

	PracticeApiTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	@SuppressWarnings("unchecked")
	void listsPublishedPracticesWithTheFiltersOfThePage() {
		this.pages.anonymous()
			.get()
			.uri("/api/v1/praxis?kanal=YOUTUBE&thema=Recruiting")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].slug")
			.value((slugs) -> assertThat((List<Object>) slugs).contains("stellenanzeigen-als-humorvolle-videos")
				.doesNotContain("jobcenter-kommentare-schnell-und-freundlich-beantworten"));
		this.pages.anonymous()
			.get()
			.uri("/api/v1/praxis?kommune=kreis-minden-luebbecke&q=videos beschäftigte")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
	}

	@Test
	void theListComesInPagesWithTheTotalAndLinksToTheOtherPages() {
		this.pages.anonymous()
			.get()
			.uri("/api/v1/praxis?seite=2&groesse=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("X-Total-Count", (total) -> assertThat(Integer.parseInt(total)).isGreaterThanOrEqualTo(3))
			.expectHeader()
			.value(HttpHeaders.LINK,
					(links) -> assertThat(links).contains("</api/v1/praxis?seite=1&groesse=1>; rel=\"first\"")
						.contains("</api/v1/praxis?seite=1&groesse=1>; rel=\"prev\"")
						.contains("</api/v1/praxis?seite=3&groesse=1>; rel=\"next\"")
						.contains("rel=\"last\""))
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
		this.pages.anonymous()
			.get()
			.uri("/api/v1/praxis?groesse=100000")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.LINK, (links) -> assertThat(links).contains("groesse=100>").doesNotContain("100000"));
	}

	@Test
	void aMemberCreatesEditsAndSubmitsAndAnotherEditorPublishes() {
		Map<String, Object> request = Map.of("title", "Per API angelegt", "teaser", "Ein Fall aus der Schnittstelle.",
				"municipalities", List.of("kreis-steinfurt"), "channels", List.of("INSTAGRAM"), "topics",
				List.of("Video"), "body", "## Kernaussagen\n\n- Über die API");
		var created = this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT))
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/v1/praxis/per-api-angelegt")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(created).containsEntry("slug", "per-api-angelegt")
			.containsEntry("status", "DRAFT")
			.containsEntry("institutionKind", "KREIS");
		this.pages.anonymous().get().uri("/api/v1/praxis/per-api-angelegt").exchange().expectStatus().isNotFound();

		Map<String, Object> change = new HashMap<>(request);
		change.put("body", "## Kernaussagen\n\n- Geändert");
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT_COLLEAGUE))
			.put()
			.uri("/api/v1/praxis/per-api-angelegt")
			.bodyValue(change)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("Version"));
		change.put("version", created.get("version"));
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT_COLLEAGUE))
			.put()
			.uri("/api/v1/praxis/per-api-angelegt")
			.bodyValue(change)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(2);
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT_COLLEAGUE))
			.put()
			.uri("/api/v1/praxis/per-api-angelegt")
			.bodyValue(change)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Konflikt")
			.jsonPath("$.currentVersion")
			.exists();

		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT))
			.post()
			.uri("/api/v1/praxis/per-api-angelegt/einreichen")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUBMITTED");
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT))
			.post()
			.uri("/api/v1/praxis/per-api-angelegt/veroeffentlichen")
			.bodyValue(Map.of("revision", 2))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Veröffentlichen und Zurückgeben ist Aufgabe der Redaktion.");
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.EDITOR))
			.post()
			.uri("/api/v1/praxis/per-api-angelegt/veroeffentlichen")
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.EDITOR))
			.post()
			.uri("/api/v1/praxis/per-api-angelegt/veroeffentlichen")
			.bodyValue(Map.of("revision", 2))
			.exchange()
			.expectStatus()
			.isOk();
		this.pages.anonymous().get().uri("/api/v1/praxis/per-api-angelegt").exchange().expectStatus().isOk();
	}

	@Test
	void theAuthorGets403WhenPublishingTheirOwnCase() {
		Map<String, Object> request = Map.of("title", "Eigener Fall der Redaktion per API", "teaser", "Kurz.",
				"municipalities", List.of("kreis-minden-luebbecke"), "channels", List.of("YOUTUBE"), "topics",
				List.of("Video"), "body", "Text");
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.EDITOR))
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(request)
			.exchange();
		String slug = "eigener-fall-der-redaktion-per-api";
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.EDITOR))
			.post()
			.uri("/api/v1/praxis/" + slug + "/einreichen")
			.exchange();
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.EDITOR))
			.post()
			.uri("/api/v1/praxis/" + slug + "/veroeffentlichen")
			.bodyValue(Map.of("revision", 1))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("Vier-Augen-Prinzip"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aChangeToAPublishedCaseWaitsForReviewAndIsPublishedOnlyAsReviewed() {
		Map<String, Object> request = request("Per API veröffentlicht und geändert");
		Map<String, Object> published = publishedBySteinfurt(request);
		String uri = "/api/v1/praxis/" + published.get("slug");

		request.put("body", "Ungeprüfte Änderung");
		request.put("version", published.get("version"));
		Map<String, Object> changed = api(Members.STEINFURT).put()
			.uri(uri)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(changed).containsEntry("body", "Veröffentlichter Text").containsEntry("status", "PUBLISHED");
		assertThat((Map<String, Object>) changed.get("pending")).containsEntry("revision", 2);
		this.pages.anonymous()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.body")
			.isEqualTo("Veröffentlichter Text")
			.jsonPath("$.pending")
			.doesNotExist();
		api(Members.ALTENA).get().uri(uri).exchange().expectBody().jsonPath("$.pending").doesNotExist();

		request.put("body", "Nachgeschoben");
		request.put("version", changed.get("version"));
		api(Members.STEINFURT).put().uri(uri).bodyValue(request).exchange().expectStatus().isOk();
		api(Members.EDITOR).post()
			.uri(uri + "/veroeffentlichen")
			.bodyValue(Map.of("revision", 2))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("erneut gespeichert"))
			.jsonPath("$.currentRevision")
			.isEqualTo(3);
		this.pages.anonymous()
			.get()
			.uri(uri)
			.exchange()
			.expectBody()
			.jsonPath("$.body")
			.isEqualTo("Veröffentlichter Text");
		api(Members.EDITOR).post()
			.uri(uri + "/veroeffentlichen")
			.bodyValue(Map.of("revision", 3))
			.exchange()
			.expectStatus()
			.isOk();
		this.pages.anonymous().get().uri(uri).exchange().expectBody().jsonPath("$.body").isEqualTo("Nachgeschoben");
	}

	@Test
	@SuppressWarnings("unchecked")
	void editorsSendAChangeBackWithAReasonAndTheAuthorsSubmitItAgainOrWithdrawIt() {
		Map<String, Object> request = request("Per API zurückgegebene Änderung");
		Map<String, Object> published = publishedBySteinfurt(request);
		String uri = "/api/v1/praxis/" + published.get("slug");
		api(Members.STEINFURT).post()
			.uri(uri + "/aenderung-verwerfen")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		request.put("body", "Ungeprüfte Änderung");
		request.put("version", published.get("version"));
		api(Members.STEINFURT).put().uri(uri).bodyValue(request).exchange().expectStatus().isOk();

		api(Members.STEINFURT).post()
			.uri(uri + "/zurueckgeben")
			.bodyValue(Map.of("comment", "Selbst zurück"))
			.exchange()
			.expectStatus()
			.isForbidden();
		api(Members.EDITOR).post()
			.uri(uri + "/zurueckgeben")
			.bodyValue(Map.of("comment", " "))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("comment");
		Map<String, Object> back = api(Members.EDITOR).post()
			.uri(uri + "/zurueckgeben")
			.bodyValue(Map.of("comment", "Bitte die Zahlen belegen."))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(back).containsEntry("status", "PUBLISHED").containsEntry("body", "Veröffentlichter Text");
		assertThat((Map<String, Object>) back.get("pending")).containsEntry("revision", 2)
			.containsEntry("reviewComment", "Bitte die Zahlen belegen.");
		api(Members.SECOND_EDITOR).post()
			.uri(uri + "/veroeffentlichen")
			.bodyValue(Map.of("revision", 2))
			.exchange()
			.expectStatus()
			.isEqualTo(409);

		Map<String, Object> again = api(Members.STEINFURT).post()
			.uri(uri + "/einreichen")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((Map<String, Object>) again.get("pending")).containsEntry("revision", 2);
		assertThat(((Map<String, Object>) again.get("pending")).get("reviewComment")).isNull();
		api(Members.ALTENA).post().uri(uri + "/aenderung-verwerfen").exchange().expectStatus().isForbidden();
		Map<String, Object> withdrawn = api(Members.STEINFURT_COLLEAGUE).post()
			.uri(uri + "/aenderung-verwerfen")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(withdrawn.get("pending")).isNull();
		assertThat(withdrawn).containsEntry("body", "Veröffentlichter Text");
		this.pages.anonymous()
			.get()
			.uri(uri)
			.exchange()
			.expectBody()
			.jsonPath("$.body")
			.isEqualTo("Veröffentlichter Text");
	}

	@Test
	void linksInTheApiAreOnlyHttpOrHttps() {
		Map<String, Object> request = Map.of("title", "Link mit Skript", "teaser", "Kurz.", "municipalities",
				List.of("kreis-steinfurt"), "channels", List.of("INSTAGRAM"), "topics", List.of("Video"), "body",
				"Text", "links", List.of(Map.of("title", "Klick", "url", "javascript:alert(1)")));
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT))
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.value((field) -> assertThat(field.toString()).startsWith("links"));
		this.pages.anonymous().get().uri("/api/v1/praxis/link-mit-skript").exchange().expectStatus().isNotFound();
	}

	@Test
	void writingNeedsATokenAndValidJson() {
		this.pages.anonymous()
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(Map.of("title", "x"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT))
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(Map.of("title", "", "municipalities", List.of("kreis-steinfurt")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'title')].message")
			.isEqualTo("Bitte füllen Sie dieses Feld aus.")
			.jsonPath("$.errors[?(@.field == 'channels')]")
			.exists();
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.ALTENA))
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(Map.of("title", "Fremd", "teaser", "t", "municipalities", List.of("kreis-steinfurt"), "channels",
					List.of("X"), "topics", List.of("Video"), "body", "b"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(Members.STEINFURT))
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(Map.of("title", "Bild ohne Text", "teaser", "t", "municipalities", List.of("kreis-steinfurt"),
					"channels", List.of("X"), "topics", List.of("Video"), "body", "![](/medien/abc.png)"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'body')].message")
			.value((message) -> assertThat(message.toString()).contains("Alternativtext"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theOpenApiDescriptionListsTheKnowledgeBase() {
		// The description is generated on the first request: seconds on a busy machine.
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
			.jsonPath("$.paths['/api/v1/praxis'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/praxis'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/praxis/{slug}/veroeffentlichen'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/praxis/{slug}/zurueckgeben'].post.requestBody")
			.exists()
			.jsonPath("$.paths['/api/v1/praxis/{slug}/aenderung-verwerfen'].post")
			.exists()
			.jsonPath("$.paths['/praxis/vorschau']")
			.doesNotExist()
			.jsonPath("$.paths")
			.value((paths) -> assertThat(((Map<String, Object>) paths).keySet()).isNotEmpty()
				.allSatisfy((path) -> assertThat(path).startsWith("/api/")));
	}

	private static Map<String, Object> request(String title) {
		return new HashMap<>(Map.of("title", title, "teaser", "Kurz.", "municipalities", List.of("kreis-steinfurt"),
				"channels", List.of("INSTAGRAM"), "topics", List.of("Video"), "body", "Veröffentlichter Text"));
	}

	/**
	 * Created and submitted by Mia from Steinfurt, published by the editor: the case as
	 * the API answers the editor.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> publishedBySteinfurt(Map<String, Object> request) {
		Map<String, Object> created = api(Members.STEINFURT).post()
			.uri("/api/v1/praxis")
			.bodyValue(request)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String uri = "/api/v1/praxis/" + created.get("slug");
		api(Members.STEINFURT).post().uri(uri + "/einreichen").exchange().expectStatus().isOk();
		return api(Members.EDITOR).post()
			.uri(uri + "/veroeffentlichen")
			.bodyValue(Map.of("revision", 1))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient api(Member member) {
		return this.pages.anonymous().mutateWith(SignedIn.bearer(member));
	}

}
