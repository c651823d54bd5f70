package de.impulsnetz.identity;

import java.io.IOException;
import java.time.Duration;

import de.impulsnetz.Browser;
import de.impulsnetz.KeycloakExtension;
import de.impulsnetz.identity.keycloak.KeycloakProvisioning;
import de.impulsnetz.KeycloakTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static de.impulsnetz.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Login, roles, municipality administration, invitations and the member's account, in
 * headless Chromium against the real Keycloak.
 */
@KeycloakTest
class LoginBrowserIT {

	@Autowired
	WebTestClient client;

	private Browser browser;

	@BeforeEach
	void startBrowser() throws IOException {
		this.browser = Browser.start();
	}

	@AfterEach
	void stopBrowser() throws IOException {
		this.browser.close();
	}

	@Test
	void aMemberLogsInSeesTheirMunicipalityAndLogsOutOfKeycloakToo() throws IOException {
		this.browser.login(APP, "demo-mitglied", "demo");

		assertThat(header()).contains("Mia Mitglied, Kreis Steinfurt").contains("Abmelden");
		this.browser.driver().get(APP + "/konto");
		assertThat(main()).contains("Kreis Steinfurt").contains("Mitglied").contains("Meine Daten exportieren");
		assertThat(this.browser.accessibilityViolations()).isEmpty();

		this.browser.logout(APP);
		assertThat(header()).contains("Anmelden").doesNotContain("Mia Mitglied");
		// The Keycloak session ended as well: logging in asks for the user again.
		this.browser.driver().get(APP + "/anmelden");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.browser.driver().findElements(By.id("username")).isEmpty());
	}

	@Test
	void aReaderWhoLogsInFromACaseLandsBackAtItsQuestions() throws IOException {
		String page = APP + "/praxis/stellenanzeigen-als-humorvolle-videos";
		this.browser.driver().get(page);
		this.browser.driver()
			.findElement(By.linkText("Melden Sie sich an, um eine Frage zu stellen."))
			.sendKeys(org.openqa.selenium.Keys.ENTER);
		this.browser.signInAtKeycloak(APP, "demo-mitglied", "demo");

		await().atMost(Duration.ofSeconds(10)).until(() -> this.browser.driver().getCurrentUrl().startsWith(page));
		assertThat(this.browser.driver().getCurrentUrl()).isEqualTo(page + "#fragen");
		assertThat(header()).contains("Mia Mitglied");
		assertThat(main()).doesNotContain("Melden Sie sich an, um eine Frage zu stellen.");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void aMemberIsRefusedAdminAndOrganiserPages() throws IOException {
		this.browser.login(APP, "demo-mitglied", "demo");

		this.browser.driver().get(APP + "/kommunen/neu");
		assertThat(heading()).isEqualTo("Dafür fehlt Ihnen die Berechtigung");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.driver().get(APP + "/kommunen/kreis-steinfurt/einladen");
		assertThat(heading()).isEqualTo("Dafür fehlt Ihnen die Berechtigung");
	}

	@Test
	void colleaguesAreListedForMembersOnly() {
		this.browser.driver().get(APP + "/kommunen/kreis-steinfurt");
		assertThat(main()).doesNotContain("Mitglieder").doesNotContain("Mia Mitglied");

		this.browser.login(APP, "demo-mitglied", "demo");
		this.browser.driver().get(APP + "/kommunen/kreis-steinfurt");
		assertThat(main()).contains("Mitglieder").contains("Mia Mitglied");
	}

	@Test
	void anAdminRegistersAMunicipalityAndInvitesSomeone() throws Exception {
		this.browser.login(APP, "demo-admin", "demo");
		this.browser.driver().get(APP + "/kommunen/neu");
		assertThat(this.browser.accessibilityViolations()).isEmpty();

		// Bad input: a clear message, nothing lost.
		this.browser.driver().findElement(By.id("region")).sendKeys("Sauerland");
		this.browser.driver().findElement(By.id("website")).sendKeys("keine-adresse");
		submit();
		assertThat(main()).contains("Bitte prüfen Sie Ihre Eingaben").contains("Bitte füllen Sie dieses Feld aus.");
		assertThat(this.browser.driver().findElement(By.id("region")).getAttribute("value")).isEqualTo("Sauerland");
		assertThat(this.browser.driver().findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.browser.accessibilityViolations()).isEmpty();

		String name = "Gemeinde " + KeycloakAccess.uniqueName("Test");
		this.browser.driver().findElement(By.id("name")).sendKeys(name);
		new org.openqa.selenium.support.ui.Select(this.browser.driver().findElement(By.id("kind")))
			.selectByValue("GEMEINDE");
		this.browser.driver().findElement(By.id("state")).sendKeys("Nordrhein-Westfalen");
		this.browser.driver().findElement(By.id("website")).clear();
		// Keycloak links a domain to one organization only: each run needs its own.
		this.browser.driver()
			.findElement(By.id("emailDomains"))
			.sendKeys(de.impulsnetz.shared.Slugs.of(name) + ".example");
		submit();

		String slug = de.impulsnetz.shared.Slugs.of(name);
		assertThat(this.browser.driver().getCurrentUrl()).startsWith(APP + "/kommunen/" + slug);
		assertThat(heading()).isEqualTo(name);
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			assertThat(KeycloakProvisioning.allOrganizations(keycloak.realm()))
				.anySatisfy((organization) -> assertThat(organization.getAlias()).isEqualTo(slug));
		}

		this.browser.click(this.browser.driver().findElement(By.linkText("Person einladen")));
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser.driver(), Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/einladen"));
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		String email = KeycloakAccess.uniqueName("eingeladen") + "@" + slug + ".example";
		this.browser.driver().findElement(By.id("email")).sendKeys(email);
		this.browser.driver().findElement(By.id("firstName")).sendKeys("Erika");
		this.browser.driver().findElement(By.id("lastName")).sendKeys("Eingeladen");
		submit();
		assertThat(main()).contains("Die Einladung an " + email + " ist verschickt.");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> java.util.Arrays.stream(KeycloakExtension.mail().getReceivedMessages())
				.anyMatch((message) -> recipient(message).equals(email)));
		MimeMessage invitation = java.util.Arrays.stream(KeycloakExtension.mail().getReceivedMessages())
			.filter((message) -> recipient(message).equals(email))
			.findFirst()
			.orElseThrow();
		assertThat(invitation.getSubject()).contains(name);
	}

	@Test
	void aMemberExportsTheirDataAndDeletesTheirAccount() throws IOException {
		String username = KeycloakAccess.uniqueName("loeschen");
		String id;
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			id = keycloak.createUser(username, "stadt-rheine");
		}
		this.browser.login(APP, username, "geheim");

		String export = this.client.get()
			.uri("/konto/daten")
			.cookie("IMPULSNETZ_SESSION", this.browser.sessionCookie())
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"impulsnetz-meine-daten.json\"")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(export).contains("\"benutzername\" : \"" + username + "\"")
			.contains("\"kommune\" : \"stadt-rheine\"")
			.contains(username + "@impulsnetz.example")
			.contains("\"angelegtAm\"")
			.contains("\"sitzungen\"")
			.contains("\"zuletztGenutzt\"");

		this.browser.driver().get(APP + "/konto/loeschen");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		submit();
		assertThat(main()).contains("Bitte bestätigen Sie mit dem Häkchen");
		this.browser.click(this.browser.driver().findElement(By.cssSelector("label[for=bestaetigt]")));
		submit();

		assertThat(header()).contains("Anmelden");
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			assertThatThrownBy(() -> keycloak.realm().users().get(id).toRepresentation())
				.isInstanceOf(NotFoundException.class);
		}
	}

	private void submit() {
		this.browser.submit(this.browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
	}

	private String header() {
		return this.browser.driver().findElement(By.tagName("header")).getText();
	}

	private String main() {
		return this.browser.driver().findElement(By.tagName("main")).getText();
	}

	private String heading() {
		return this.browser.driver().findElement(By.tagName("h1")).getText();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
