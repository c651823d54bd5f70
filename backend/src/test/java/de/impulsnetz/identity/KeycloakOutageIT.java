package de.impulsnetz.identity;

import java.io.IOException;
import java.time.Duration;

import de.impulsnetz.Browser;
import de.impulsnetz.KeycloakExtension;
import de.impulsnetz.KeycloakTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static de.impulsnetz.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keycloak goes down while the app runs: reading goes on, "Anmelden" explains, and login
 * works again once Keycloak is back, without restarting the app.
 */
@KeycloakTest
// Cuts Keycloak off, which every other class here needs: runs alone.
@Isolated
class KeycloakOutageIT {

	@Autowired
	WebTestClient client;

	@Test
	void publicPagesSurviveAKeycloakOutageAndLoginComesBack() throws IOException {
		// As if Keycloak were down: connections refused, open ones cut.
		KeycloakExtension.plug().pull();
		try {
			for (String page : new String[] { "/", "/praxis", "/praxis/stellenanzeigen-als-humorvolle-videos",
					"/kommunen/kreis-steinfurt", "/veranstaltungen" }) {
				this.client.get().uri(page).accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk();
			}
			// The login page keeps Keycloak's last answer a while (1 s in the keycloak
			// profile).
			await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
				String message = this.client.get()
					.uri("/anmelden")
					.accept(MediaType.TEXT_HTML)
					.exchange()
					.expectStatus()
					.isEqualTo(503)
					.expectBody(String.class)
					.returnResult()
					.getResponseBody();
				assertThat(message).contains("Die Anmeldung ist gerade nicht erreichbar")
					.contains("<html lang=\"de\">");
			});
			try (Browser browser = Browser.start()) {
				browser.driver().get(APP + "/anmelden");
				assertThat(browser.driver().findElement(By.tagName("h1")).getText())
					.isEqualTo("Die Anmeldung ist gerade nicht erreichbar");
				assertThat(browser.accessibilityViolations()).isEmpty();
			}
		}
		finally {
			KeycloakExtension.plug().plugIn();
		}

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> this.client.get()
				.uri("/anmelden")
				.exchange()
				.expectStatus()
				.is3xxRedirection()
				.expectHeader()
				.location("/oauth2/authorization/keycloak"));
		try (Browser browser = Browser.start()) {
			browser.login(APP, "demo-mitglied", "demo");
			assertThat(browser.driver().findElement(By.tagName("header")).getText()).contains("Mia Mitglied");
		}
	}

}
