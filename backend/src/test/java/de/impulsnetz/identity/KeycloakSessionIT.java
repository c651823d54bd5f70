package de.impulsnetz.identity;

import de.impulsnetz.identity.session.StoredSession;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import de.impulsnetz.Browser;
import de.impulsnetz.KeycloakTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static de.impulsnetz.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rights follow Keycloak while a member is logged in (the keycloak profile checks every
 * two seconds): a role revoked there is gone here at the next check, a disabled account
 * loses its session, and signing a member out in Keycloak ends her session here at once
 * (back-channel logout).
 */
@KeycloakTest
class KeycloakSessionIT {

	private static final String MUNICIPALITY = "stadt-rheine";

	private static final String INVITE = "/kommunen/" + MUNICIPALITY + "/einladen";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	private Browser browser;

	private KeycloakAccess keycloak;

	@BeforeEach
	void start() throws IOException {
		this.browser = Browser.start();
		this.keycloak = new KeycloakAccess();
	}

	@AfterEach
	void stop() throws IOException {
		this.browser.close();
		this.keycloak.close();
	}

	@Test
	void anOrganiserWhoseRoleIsRevokedInKeycloakLosesItWithinTheIntervalAndADisabledAccountItsSession() {
		String username = KeycloakAccess.uniqueName("orga");
		String id = this.keycloak.createUser(username, MUNICIPALITY);
		RoleRepresentation organiser = this.keycloak.realm()
			.roles()
			.get(Role.ORGANISER.keycloakName())
			.toRepresentation();
		this.keycloak.realm().users().get(id).roles().realmLevel().add(List.of(organiser));
		this.browser.login(APP, username, "geheim");
		String session = this.browser.sessionCookie();
		page(session, INVITE).expectStatus().isOk();

		// Nothing changed in Keycloak: the checks come and go, the member stays.
		await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).untilAsserted(() -> {
			page(session, INVITE).expectStatus().isOk();
			page(session, "/konto").expectStatus().isOk();
		});

		this.keycloak.realm().users().get(id).roles().realmLevel().remove(List.of(organiser));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> page(session, INVITE).expectStatus().isForbidden());
		page(session, "/konto").expectStatus().isOk();

		UserRepresentation user = this.keycloak.realm().users().get(id).toRepresentation();
		user.setEnabled(false);
		this.keycloak.realm().users().get(id).update(user);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> page(session, "/konto").expectStatus()
				.is3xxRedirection()
				.expectHeader()
				.location("/anmelden"));
	}

	@Test
	void signingAMemberOutInKeycloakEndsHerSessionHereAtOnce() {
		String username = KeycloakAccess.uniqueName("abmelden");
		String id = this.keycloak.createUser(username, MUNICIPALITY);
		this.browser.login(APP, username, "geheim");
		String session = this.browser.sessionCookie();
		page(session, "/konto").expectStatus().isOk();
		assertThat(sessionsOf(id)).isEqualTo(1);

		this.keycloak.realm().users().get(id).logout();

		// Removed by Keycloak's call, before any request of the member could notice.
		await().atMost(Duration.ofSeconds(3)).until(() -> sessionsOf(id) == 0);
		page(session, "/konto").expectStatus().is3xxRedirection().expectHeader().location("/anmelden");
	}

	private WebTestClient.ResponseSpec page(String session, String path) {
		return this.client.get().uri(path).cookie("IMPULSNETZ_SESSION", session).accept(MediaType.TEXT_HTML).exchange();
	}

	private long sessionsOf(String member) {
		return this.mongo.count(Query.query(Criteria.where("member").is(member)), StoredSession.class).block();
	}

}
