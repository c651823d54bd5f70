package de.impulsnetz.talk;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Impulse API with the rules of the pages, over HTTP: who starts series and edits,
 * announces, records consent for and publishes talks (anonymous, member, organiser of the
 * series, other organiser, admin), members-only talks, stale versions, publishing refused
 * with everything missing, and a withdrawn consent taking the recording offline.
 */
@IntegrationTest
class TalkApiTests {

	private static final OffsetDateTime PAST = OffsetDateTime.of(2025, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));

	private static final OffsetDateTime FUTURE = OffsetDateTime.of(2099, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));

	private final PageClient pages;

	private final WebTestClient anonymous;

	@Autowired
	TalkAccess access;

	TalkApiTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
		// The first OpenAPI description takes a while on a busy machine.
		this.anonymous = this.pages.anonymous().mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void organisersStartSeriesForTheirOwnMunicipalityAndAdminsForAny() {
		Map<String, Object> altena = series("Reihe aus Altena " + System.nanoTime(), "stadt-altena", List.of());
		Map<String, Object> steinfurt = series("Reihe aus Steinfurt", "kreis-steinfurt", List.of());
		Map<String, Object> together = series("Gemeinsame Reihe", "kreis-steinfurt", List.of("stadt-altena"));

		send(null, HttpMethod.POST, "/api/v1/impulse", altena, HttpStatus.UNAUTHORIZED);
		send(Members.STEINFURT, HttpMethod.POST, "/api/v1/impulse", steinfurt, HttpStatus.FORBIDDEN);
		send(Members.ORGANISER, HttpMethod.POST, "/api/v1/impulse", steinfurt, HttpStatus.FORBIDDEN);
		Map<String, Object> created = send(Members.ORGANISER, HttpMethod.POST, "/api/v1/impulse", altena,
				HttpStatus.CREATED);
		assertThat((String) created.get("slug")).startsWith("reihe-aus-altena");
		send(Members.ORGANISER, HttpMethod.POST, "/api/v1/impulse", together, HttpStatus.CREATED);
		send(Members.ADMIN, HttpMethod.POST, "/api/v1/impulse", altena, HttpStatus.CREATED);
		Map<String, Object> unknown = send(Members.ADMIN, HttpMethod.POST, "/api/v1/impulse",
				series("Reihe", "gibt-es-nicht", List.of()), HttpStatus.BAD_REQUEST);
		assertThat(unknown.get("detail")).asString().contains("„gibt-es-nicht“");
		assertThat(list(null, "/api/v1/impulse").toString()).contains((String) created.get("slug"));
	}

	@Test
	void onlyOrganisersOfTheSeriesAndAdminsAnnounceEditAndPublishTalks() {
		String series = newSeries(Members.ORGANISER, "stadt-altena", List.of());
		String talks = "/api/v1/impulse/" + series + "/vortraege";
		Map<String, Object> body = talk("Matrix", FUTURE, "OEFFENTLICH", "Erika Muster");

		send(null, HttpMethod.POST, talks, body, HttpStatus.UNAUTHORIZED);
		send(Members.STEINFURT, HttpMethod.POST, talks, body, HttpStatus.FORBIDDEN);
		send(Members.OTHER_ORGANISER, HttpMethod.POST, talks, body, HttpStatus.FORBIDDEN);
		send(Members.ADMIN, HttpMethod.POST, talks, body, HttpStatus.CREATED);
		Map<String, Object> created = send(Members.ORGANISER, HttpMethod.POST, talks, body, HttpStatus.CREATED);
		assertThat(created).containsEntry("slug", "matrix-2").containsEntry("status", "ANGEKUENDIGT");
		String talk = talks + "/matrix";

		for (Member refused : new Member[] { Members.STEINFURT, Members.OTHER_ORGANISER }) {
			send(refused, HttpMethod.PATCH, talk, Map.of("title", "Nein", "version", version(talk)),
					HttpStatus.FORBIDDEN);
			send(refused, HttpMethod.PUT, talk + "/einwilligungen", List.of(consent("Erika Muster", true)),
					HttpStatus.FORBIDDEN);
			send(refused, HttpMethod.POST, talk + "/veroeffentlichen", null, HttpStatus.FORBIDDEN);
		}
		send(null, HttpMethod.PATCH, talk, Map.of("title", "Nein", "version", version(talk)), HttpStatus.UNAUTHORIZED);
		send(null, HttpMethod.PUT, talk + "/einwilligungen", List.of(consent("Erika Muster", true)),
				HttpStatus.UNAUTHORIZED);
		send(null, HttpMethod.POST, talk + "/veroeffentlichen", null, HttpStatus.UNAUTHORIZED);

		for (Member allowed : new Member[] { Members.ORGANISER, Members.ADMIN }) {
			Map<String, Object> changed = send(allowed, HttpMethod.PATCH, talk,
					Map.of("title", "Geändert von " + allowed.name(), "version", version(talk)), HttpStatus.OK);
			assertThat(changed).containsEntry("title", "Geändert von " + allowed.name())
				.containsEntry("slug", "matrix");
			send(allowed, HttpMethod.PUT, talk + "/einwilligungen", List.of(consent("Erika Muster", false)),
					HttpStatus.OK);
			send(allowed, HttpMethod.POST, talk + "/veroeffentlichen", null, HttpStatus.CONFLICT);
		}
		assertThat(read(null, talk)).containsEntry("title", "Geändert von Ada Admin");
	}

	@Test
	void organisersOfACoOrganisingMunicipalityEditTheSeriesTalks() {
		String series = newSeries(Members.ORGANISER, "stadt-altena", List.of("kreis-steinfurt"));

		send(Members.OTHER_ORGANISER, HttpMethod.POST, "/api/v1/impulse/" + series + "/vortraege",
				talk("Gemeinsam", FUTURE, null, "Erika Muster"), HttpStatus.CREATED);
	}

	@Test
	void aMembersOnlyTalkRefusesAnonymousReaders() {
		String series = newSeries(Members.ORGANISER, "stadt-altena", List.of());
		String talks = "/api/v1/impulse/" + series + "/vortraege";
		send(Members.ORGANISER, HttpMethod.POST, talks, talk("Intern", PAST, "MITGLIEDER", "Erika Muster"),
				HttpStatus.CREATED);

		Map<String, Object> refused = send(null, HttpMethod.GET, talks + "/intern", null, HttpStatus.UNAUTHORIZED);
		assertThat(refused).containsKey("title");
		assertThat(list(null, talks)).isEmpty();
		assertThat(send(Members.ALTENA, HttpMethod.GET, talks + "/intern", null, HttpStatus.OK))
			.containsEntry("visibility", "MITGLIEDER")
			.containsEntry("status", "STATTGEFUNDEN");
		this.pages.anonymous()
			.get()
			.uri("/impulse/" + series + "/intern")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueMatches("Location", ".*/anmelden");
		assertThat(this.pages.get(Members.STEINFURT, "/impulse/" + series + "/intern", HttpStatus.OK))
			.contains("Intern", "Nur Mitglieder");
		assertThat(this.pages.get(null, "/impulse/" + series, HttpStatus.OK)).doesNotContain("Intern");
		assertThatThrownBy(() -> this.access.forListening(series, "intern", null).block())
			.isInstanceOf(TalkLoginRequired.class);
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedWithTheCurrentVersion() {
		String series = newSeries(Members.ORGANISER, "stadt-altena", List.of());
		String talk = "/api/v1/impulse/" + series + "/vortraege/"
				+ send(Members.ORGANISER, HttpMethod.POST, "/api/v1/impulse/" + series + "/vortraege",
						talk("Versionen", FUTURE, null, "Erika Muster"), HttpStatus.CREATED)
					.get("slug");
		long first = version(talk);
		send(Members.ORGANISER, HttpMethod.PATCH, talk, Map.of("abstract", "Erste Fassung", "version", first),
				HttpStatus.OK);

		Map<String, Object> conflict = send(Members.ADMIN, HttpMethod.PATCH, talk,
				Map.of("abstract", "Zweite Fassung", "version", first), HttpStatus.CONFLICT);

		assertThat(((Number) conflict.get("currentVersion")).longValue()).isEqualTo(first + 1);
		assertThat(read(null, talk)).containsEntry("abstract", "Erste Fassung");
		send(Members.ADMIN, HttpMethod.PATCH, talk, Map.of("abstract", "Ohne Version"), HttpStatus.BAD_REQUEST);
	}

	@Test
	void publishingIsRefusedListingWhatIsMissingAndAWithdrawnConsentTakesTheRecordingOffline() {
		String series = newSeries(Members.ORGANISER, "stadt-altena", List.of());
		String talk = "/api/v1/impulse/" + series + "/vortraege/"
				+ send(Members.ORGANISER, HttpMethod.POST, "/api/v1/impulse/" + series + "/vortraege",
						talk("Veröffentlichen", FUTURE, null, "Erika Muster", "Max Beispiel"), HttpStatus.CREATED)
					.get("slug");
		String slug = talk.substring(talk.lastIndexOf('/') + 1);

		Map<String, Object> refused = send(Members.ORGANISER, HttpMethod.POST, talk + "/veroeffentlichen", null,
				HttpStatus.CONFLICT);
		assertThat(refused.get("missing")).asString()
			.contains("noch nicht stattgefunden", "Erika Muster hat", "Max Beispiel hat");
		assertThat(refused.get("detail")).asString().contains("Erika Muster");

		send(Members.ORGANISER, HttpMethod.PATCH, talk, Map.of("status", "VEROEFFENTLICHT", "version", version(talk)),
				HttpStatus.CONFLICT);
		send(Members.ORGANISER, HttpMethod.PATCH, talk, Map.of("status", "STATTGEFUNDEN", "version", version(talk)),
				HttpStatus.OK);
		send(Members.ORGANISER, HttpMethod.PUT, talk + "/einwilligungen", List.of(consent("Erika Muster", true)),
				HttpStatus.OK);
		refused = send(Members.ORGANISER, HttpMethod.POST, talk + "/veroeffentlichen", null, HttpStatus.CONFLICT);
		assertThat(refused.get("missing")).asString().contains("Max Beispiel").doesNotContain("Erika Muster");
		send(Members.ORGANISER, HttpMethod.PUT, talk + "/einwilligungen", List.of(consent("Unbekannt", true)),
				HttpStatus.BAD_REQUEST);
		assertThatThrownBy(() -> this.access.forListening(series, slug, Members.STEINFURT).block())
			.isInstanceOf(TalkNotFound.class);

		send(Members.ORGANISER, HttpMethod.PUT, talk + "/einwilligungen", List.of(consent("Max Beispiel", true)),
				HttpStatus.OK);
		Map<String, Object> published = send(Members.ORGANISER, HttpMethod.POST, talk + "/veroeffentlichen", null,
				HttpStatus.OK);
		assertThat(published).containsEntry("status", "VEROEFFENTLICHT");
		assertThat(this.access.forListening(series, slug, null).block()).isNotNull();
		assertThat(read(null, talk).get("speakers")).asString().contains("CC-BY-4.0").doesNotContain("recording");

		send(Members.ORGANISER, HttpMethod.PUT, talk + "/einwilligungen",
				List.of(Map.of("speaker", "Max Beispiel", "recording", true, "publication", false)), HttpStatus.OK);
		assertThatThrownBy(() -> this.access.forListening(series, slug, null).block()).isInstanceOf(TalkNotFound.class);
		assertThat(this.access.forListening(series, slug, Members.ORGANISER).block())
			.as("the organisers keep the recording")
			.isNotNull();
		send(Members.ORGANISER, HttpMethod.POST, talk + "/zuruecknehmen", null, HttpStatus.OK);
		assertThat(read(null, talk)).containsEntry("status", "STATTGEFUNDEN");
	}

	@Test
	void theOpenApiDescriptionNamesEveryImpulseOperation() {
		String description = this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(description).contains("\"/api/v1/impulse\"", "\"/api/v1/impulse/{series}/vortraege/{talk}\"",
				"\"/api/v1/impulse/{series}/vortraege/{talk}/einwilligungen\"",
				"\"/api/v1/impulse/{series}/vortraege/{talk}/veroeffentlichen\"", "\"CC-BY-SA-4.0\"",
				"\"ANGEKUENDIGT\"");
	}

	private String newSeries(Member organiser, String municipality, List<String> coOrganisers) {
		return (String) send(organiser, HttpMethod.POST, "/api/v1/impulse",
				series("Testreihe " + System.nanoTime(), municipality, coOrganisers), HttpStatus.CREATED)
			.get("slug");
	}

	private long version(String talk) {
		return ((Number) read(Members.ADMIN, talk).get("version")).longValue();
	}

	private static Map<String, Object> series(String title, String organiser, List<String> coOrganisers) {
		return Map.of("title", title, "organiser", organiser, "coOrganisers", coOrganisers, "description",
				"Worum es geht");
	}

	private static Map<String, Object> talk(String title, OffsetDateTime startsAt, @Nullable String visibility,
			String... speakers) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "startsAt", startsAt.toString(),
				"durationMinutes", 60, "abstract", "Ein **Impuls**", "speakers",
				Arrays.stream(speakers).map((name) -> Map.of("name", name, "affiliation", "Uni")).toList()));
		if (visibility != null) {
			body.put("visibility", visibility);
		}
		return body;
	}

	private static Map<String, Object> consent(String speaker, boolean agreed) {
		return Map.of("speaker", speaker, "recording", agreed, "publication", agreed, "licence", "CC-BY-4.0");
	}

	private Map<String, Object> read(@Nullable Member member, String path) {
		return send(member, HttpMethod.GET, path, null, HttpStatus.OK);
	}

	private List<?> list(@Nullable Member member, String path) {
		return client(member).get().uri(path).exchange().expectBody(List.class).returnResult().getResponseBody();
	}

	private Map<String, Object> send(@Nullable Member member, HttpMethod method, String path, @Nullable Object body,
			HttpStatus status) {
		return this.pages.api(member, method, path, body, status);
	}

	private WebTestClient client(@Nullable Member member) {
		return (member != null) ? this.anonymous.mutateWith(SignedIn.bearer(member)) : this.anonymous;
	}

}
