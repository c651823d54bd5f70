package de.impulsnetz.barcamp.api;

import java.util.List;
import java.util.Map;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.identity.Member;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events API as the issue describes it: organisers create events, members register
 * (201 with BESTAETIGT or WARTELISTE), propose and vote; organisers see every
 * registration; refusals are German problem details.
 */
@IntegrationTest
class BarcampApiTests {

	private static final Map<String, Object> EVENT = Map.of("title", "API-Barcamp Herbst", "kind", "BARCAMP", "start",
			"2027-10-07T09:30", "end", "2027-10-07T16:00+02:00", "venue",
			Map.of("name", "Rathaus Altena", "city", "Altena"), "capacity", 2, "rooms",
			List.of(Map.of("name", "Saal", "capacity", 40), Map.of("name", "Raum 1", "capacity", 12)), "slots",
			List.of(Map.of("start", "2027-10-07T10:00", "end", "2027-10-07T10:45"),
					Map.of("start", "2027-10-07T11:00", "end", "2027-10-07T11:45")));

	private final PageClient pages;

	BarcampApiTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anOrganiserCreatesAnEventAndMembersRegisterProposeAndVote() {
		Map<String, Object> created = as(Members.ORGANISER).post()
			.uri("/api/v1/veranstaltungen")
			.bodyValue(EVENT)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String slug = (String) created.get("slug");
		assertThat(slug).startsWith("api-barcamp-herbst");
		assertThat(created).containsEntry("capacity", 2).containsEntry("organisers", List.of("stadt-altena"));
		assertThat((List<Map<String, Object>>) created.get("slots")).first()
			.satisfies((slot) -> assertThat(slot.get("start")).isEqualTo("2027-10-07T10:00:00+02:00"));
		String base = "/api/v1/veranstaltungen/" + slug;
		// The list comes in pages; other test classes create events too, so look through
		// every page for the new one.
		assertThat(listed(slug)).extractingByKey("rooms")
			.satisfies(
					(rooms) -> assertThat(((List<Map<String, Object>>) rooms).get(1)).containsEntry("name", "Raum 1"));

		Member first = Members.member("api", 1);
		Member second = Members.member("api", 2);
		Member third = Members.member("api", 3);
		register(first, base).isCreated().expectBody().jsonPath("$.status").isEqualTo("BESTAETIGT");
		register(first, base).isOk().expectBody().jsonPath("$.status").isEqualTo("BESTAETIGT");
		register(second, base).isCreated();
		register(third, base).isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WARTELISTE")
			.jsonPath("$.position")
			.isEqualTo(1);

		// Members see their own registration, organisers everyone's.
		as(third).get().uri(base + "/anmeldungen").exchange().expectBody().jsonPath("$.length()").isEqualTo(1);
		as(Members.ORGANISER).get()
			.uri(base + "/anmeldungen")
			.exchange()
			.expectBody()
			.jsonPath("$[*].status")
			.isEqualTo(List.of("BESTAETIGT", "BESTAETIGT", "WARTELISTE"));
		as(first).delete().uri(base + "/anmeldungen").exchange().expectStatus().isNoContent();
		as(third).get()
			.uri(base + "/anmeldungen")
			.exchange()
			.expectBody()
			.jsonPath("$[0].status")
			.isEqualTo("BESTAETIGT");

		String id = (String) as(second).post()
			.uri(base + "/vorschlaege")
			.bodyValue(Map.of("title", "Kommentare moderieren", "description", "Wie schaffen wir das mit 5 Stunden?",
					"format", "DISKUSSION"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		as(first).post()
			.uri(base + "/vorschlaege")
			.bodyValue(Map.of("title", "Nicht mehr angemeldet", "format", "IMPULS"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("melden Sie sich zuerst"));

		for (int i = 0; i < 2; i++) {
			as(third).put().uri(base + "/vorschlaege/" + id + "/stimme").exchange().expectStatus().isOk();
		}
		// Nobody votes for their own proposal; the organisers take part and may.
		as(second).put()
			.uri(base + "/vorschlaege/" + id + "/stimme")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Für eigene Vorschläge können Sie nicht abstimmen.");
		as(Members.ORGANISER).put().uri(base + "/vorschlaege/" + id + "/stimme").exchange().expectStatus().isOk();
		this.pages.anonymous()
			.get()
			.uri(base + "/vorschlaege")
			.exchange()
			.expectBody()
			.jsonPath("$[0].votes")
			.isEqualTo(2);
		as(third).delete().uri(base + "/vorschlaege/" + id + "/stimme").exchange().expectStatus().isNoContent();
		as(third).delete().uri(base + "/vorschlaege/" + id + "/stimme").exchange().expectStatus().isNoContent();
		as(third).get()
			.uri(base + "/vorschlaege")
			.exchange()
			.expectBody()
			.jsonPath("$[0].votes")
			.isEqualTo(1)
			.jsonPath("$[0].myVote")
			.doesNotExist();
	}

	@Test
	void writingNeedsTheRightRoleAndValidJson() {
		this.pages.anonymous()
			.post()
			.uri("/api/v1/veranstaltungen")
			.bodyValue(EVENT)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		as(Members.member("plain", 1)).post()
			.uri("/api/v1/veranstaltungen")
			.bodyValue(EVENT)
			.exchange()
			.expectStatus()
			.isForbidden();
		as(Members.ORGANISER).post()
			.uri("/api/v1/veranstaltungen")
			.bodyValue(Map.of("title", "", "kind", "BARCAMP", "start", "morgen", "end", "2027-10-07T09:00", "venue",
					"Rathaus", "capacity", 0))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'title')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'start')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'capacity')]")
			.exists();
		as(Members.ORGANISER).post()
			.uri("/api/v1/veranstaltungen")
			.bodyValue(Map.of("title", "Rückwärts", "kind", "AG_TREFFEN", "start", "2027-10-07T12:00", "end",
					"2027-10-07T09:00", "venue", "Rathaus", "capacity", 10))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("Das Ende muss nach dem Beginn liegen.");
		this.pages.anonymous()
			.get()
			.uri("/api/v1/veranstaltungen/gibt-es-nicht")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Diese Veranstaltung gibt es nicht.");
	}

	private WebTestClient as(Member member) {
		return this.pages.anonymous().mutateWith(SignedIn.bearer(member));
	}

	private StatusAssertions register(Member member, String base) {
		return as(member).post().uri(base + "/anmeldungen").exchange().expectStatus();
	}

	@Test
	void theListOfEventsComesInPages() {
		var result = this.pages.anonymous()
			.get()
			.uri("/api/v1/veranstaltungen?groesse=1&seite=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult();
		int total = Integer.parseInt(result.getResponseHeaders().getFirst("X-Total-Count"));
		// The three events of content/veranstaltungen at least.
		assertThat(total).isGreaterThanOrEqualTo(3);
		assertThat(result.getResponseBody()).hasSize(1);
		assertThat(result.getResponseHeaders().getFirst("Link")).contains("seite=1&groesse=1>; rel=\"prev\"",
				"seite=3&groesse=1>; rel=\"next\"", "seite=" + total + "&groesse=1>; rel=\"last\"");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> listed(String slug) {
		for (int page = 1;; page++) {
			var result = this.pages.anonymous()
				.get()
				.uri("/api/v1/veranstaltungen?groesse=100&seite=" + page)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.exists("X-Total-Count")
				.expectBody(List.class)
				.returnResult();
			List<Map<String, Object>> events = result.getResponseBody();
			assertThat(events).as("page %d lists the new event before the pages run out", page).isNotEmpty();
			assertThat(events).hasSizeLessThanOrEqualTo(100);
			for (Map<String, Object> event : events) {
				if (slug.equals(event.get("slug"))) {
					return event;
				}
			}
		}
	}

}
