package de.impulsnetz.identity;

import de.impulsnetz.KeycloakTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@KeycloakTest
class AccountApiIT {

	@Autowired
	WebTestClient client;

	@Test
	void aTokenForTheApiGetsTheMembersProfile() {
		String token;
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			token = KeycloakAccess.accessToken(keycloak.ensureScriptClient(true), "demo-mitglied", "demo");
		}
		this.client.get()
			.uri("/api/v1/konto")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo("demo-mitglied")
			.jsonPath("$.name")
			.isEqualTo("Mia Mitglied")
			.jsonPath("$.municipality.slug")
			.isEqualTo("kreis-steinfurt")
			.jsonPath("$.municipality.name")
			.isEqualTo("Kreis Steinfurt")
			.jsonPath("$.roles[0]")
			.isEqualTo("member");
	}

	@Test
	void withoutATokenTheAnswerIsAProblem() {
		String body = this.client.get()
			.uri("/api/v1/konto")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"status\":401").contains("Anmeldung erforderlich");
	}

	@Test
	void aTokenOfTheRealmWithoutTheApiAudienceIsRefused() {
		String token;
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			token = KeycloakAccess.accessToken(keycloak.ensureScriptClient(false), "demo-mitglied", "demo");
		}
		this.client.get()
			.uri("/api/v1/konto")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aForgedTokenIsRefused() {
		this.client.get()
			.uri("/api/v1/konto")
			.headers((headers) -> headers.setBearerAuth("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

}
