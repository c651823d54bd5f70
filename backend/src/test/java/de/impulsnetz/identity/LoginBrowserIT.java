package de.impulsnetz.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.impulsnetz.Browser;
import de.impulsnetz.KeycloakExtension;
import de.impulsnetz.identity.keycloak.KeycloakProvisioning;
import de.impulsnetz.KeycloakTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static de.impulsnetz.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Login, roles, municipality administration, invitations and the member's account, and
 * the pages and mails of the project's Keycloak theme, in headless Chromium against the
 * real Keycloak. One browser for the class, whose user prefers English: the pages must be
 * German all the same; each test starts without cookies.
 */
@KeycloakTest
class LoginBrowserIT {

	/** The origins the login may use: the app's and Keycloak's (through the plug). */
	private static final List<String> OWN_ORIGINS = List.of(APP + "/", KeycloakExtension.URL + "/");

	/**
	 * A link of a Keycloak mail: an action (reset) or the registration an invitation
	 * opens.
	 */
	private static final Pattern MAIL_LINK = Pattern
		.compile(Pattern.quote(KeycloakExtension.URL) + "/realms/impulsnetz/\\S+");

	@Autowired
	WebTestClient client;

	private static Browser browser;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.preferring("en-US,en");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void withoutCookies() {
		browser.forgetCookies();
	}

	/**
	 * One login of a member: her municipality in the header and the account, her
	 * colleagues (hidden from readers), no admin or organiser page, and a logout that
	 * ends the Keycloak session too.
	 */
	@Test
	void aMemberLogsInSeesHerColleaguesButNoAdminPagesAndLogsOutOfKeycloakToo() throws IOException {
		browser.driver().get(APP + "/kommunen/kreis-steinfurt");
		assertThat(headings()).doesNotContain("Mitglieder");
		assertThat(main()).doesNotContain("Mia Mitglied");

		browser.login(APP, "demo-mitglied", "demo");
		assertThat(header()).contains("Mia Mitglied, Kreis Steinfurt").contains("Abmelden");
		browser.driver().get(APP + "/konto");
		assertThat(main()).contains("Kreis Steinfurt").contains("Mitglied").contains("Meine Daten exportieren");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.driver().get(APP + "/kommunen/kreis-steinfurt");
		assertThat(headings()).contains("Mitglieder");
		assertThat(main()).contains("Mia Mitglied");

		browser.driver().get(APP + "/kommunen/neu");
		assertThat(heading()).isEqualTo("Dafür fehlt Ihnen die Berechtigung");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.driver().get(APP + "/kommunen/kreis-steinfurt/einladen");
		assertThat(heading()).isEqualTo("Dafür fehlt Ihnen die Berechtigung");
		// The error page knows her as every page does, and she logs out from it.
		assertThat(header()).contains("Mia Mitglied, Kreis Steinfurt").contains("Abmelden");

		browser.logout(APP);
		assertThat(header()).contains("Anmelden").doesNotContain("Mia Mitglied");
		// The Keycloak session ended as well: logging in asks for the user again.
		browser.driver().get(APP + "/anmelden");
		await().atMost(Duration.ofSeconds(10)).until(() -> !browser.driver().findElements(By.id("username")).isEmpty());
	}

	@Test
	void aReaderWhoLogsInFromACaseLandsBackAtItsQuestions() throws IOException {
		String page = APP + "/praxis/stellenanzeigen-als-humorvolle-videos";
		browser.driver().get(page);
		browser.driver()
			.findElement(By.linkText("Melden Sie sich an, um eine Frage zu stellen."))
			.sendKeys(org.openqa.selenium.Keys.ENTER);
		browser.signInAtKeycloak(APP, "demo-mitglied", "demo");

		await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().getCurrentUrl().startsWith(page));
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(page + "#fragen");
		assertThat(header()).contains("Mia Mitglied");
		assertThat(main()).doesNotContain("Melden Sie sich an, um eine Frage zu stellen.");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	private static List<String> headings() {
		return browser.driver().findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
	}

	@Test
	void anAdminRegistersAMunicipalityAndInvitesSomeone() throws Exception {
		browser.login(APP, "demo-admin", "demo");
		browser.driver().get(APP + "/kommunen/neu");
		assertThat(browser.accessibilityViolations()).isEmpty();

		// Bad input: a clear message, nothing lost.
		browser.driver().findElement(By.id("region")).sendKeys("Sauerland");
		browser.driver().findElement(By.id("website")).sendKeys("keine-adresse");
		submit();
		assertThat(main()).contains("Bitte prüfen Sie Ihre Eingaben").contains("Bitte füllen Sie dieses Feld aus.");
		assertThat(browser.driver().findElement(By.id("region")).getAttribute("value")).isEqualTo("Sauerland");
		assertThat(browser.driver().findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.accessibilityViolations()).isEmpty();

		String name = "Gemeinde " + KeycloakAccess.uniqueName("Test");
		browser.driver().findElement(By.id("name")).sendKeys(name);
		new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("kind")))
			.selectByValue("GEMEINDE");
		browser.driver().findElement(By.id("state")).sendKeys("Nordrhein-Westfalen");
		browser.driver().findElement(By.id("website")).clear();
		// Keycloak links a domain to one organization only: each run needs its own.
		browser.driver()
			.findElement(By.id("emailDomains"))
			.sendKeys(de.impulsnetz.shared.text.Slugs.of(name) + ".example");
		submit();

		String slug = de.impulsnetz.shared.text.Slugs.of(name);
		assertThat(browser.driver().getCurrentUrl()).startsWith(APP + "/kommunen/" + slug);
		assertThat(heading()).isEqualTo(name);
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			assertThat(KeycloakProvisioning.allOrganizations(keycloak.realm()))
				.anySatisfy((organization) -> assertThat(organization.getAlias()).isEqualTo(slug));
		}

		browser.click(browser.driver().findElement(By.linkText("Person einladen")));
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/einladen"));
		assertThat(browser.accessibilityViolations()).isEmpty();
		String email = KeycloakAccess.uniqueName("eingeladen") + "@" + slug + ".example";
		browser.driver().findElement(By.id("email")).sendKeys(email);
		browser.driver().findElement(By.id("firstName")).sendKeys("Erika");
		browser.driver().findElement(By.id("lastName")).sendKeys("Eingeladen");
		submit();
		assertThat(main()).contains("Die Einladung an " + email + " ist verschickt.");

		MimeMessage invitation = awaitMail(email);
		assertThat(invitation.getSubject()).isEqualTo("Einladung ins Impulsnetz für " + name);
		assertThat(sender(invitation)).isEqualTo("Impulsnetz");
		String text = text(invitation);
		assertThat(text).contains("Guten Tag Erika Eingeladen,")
			.contains("Sie sind eingeladen, für " + name + " im Impulsnetz mitzumachen.")
			.contains("Das Impulsnetz ist der gemeinsame Ort")
			.contains("Die Einladung kommt von Ada Admin. Einladen dürfen die Organisatorinnen und Organisatoren von "
					+ name);

		// The invited person accepts in German, by keyboard, although her browser prefers
		// English: the link names the mail's language.
		browser.forgetCookies();
		browser.driver().get(mailLink(text));
		waitFor(By.id("kc-register-form"));
		assertGermanKeycloakPage("Willkommen im Impulsnetz");
		assertThat(browser.driver().findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
		String username = KeycloakAccess.uniqueName("neu");
		fill("firstName", "Erika");
		fill("lastName", "Eingeladen");
		fill("username", username);
		fill("password", "ein-langes-geheimes-Passwort");
		typeAndPressEnter("password-confirm", "ein-langes-geheimes-Passwort");
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> !keycloak.realm().users().searchByUsername(username, true).isEmpty());
			String id = keycloak.realm().users().searchByUsername(username, true).get(0).getId();
			String organization = KeycloakProvisioning.organizationId(keycloak.realm(), slug).orElseThrow();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> keycloak.realm()
					.organizations()
					.get(organization)
					.members()
					.getAll()
					.stream()
					.anyMatch((member) -> member.getId().equals(id)));
		}
		assertThat(requestsLeavingOwnOrigins()).isEmpty();
	}

	@Test
	void theLoginIsGermanAccessibleAndWorksByKeyboardWhateverTheBrowserPrefers() throws IOException {
		browser.driver().get(APP + "/anmelden");
		waitFor(By.id("username"));
		assertThat(browser.driver().getCurrentUrl()).contains("ui_locales=de");
		assertGermanKeycloakPage("Anmelden");
		assertThat(browser.driver().findElement(By.cssSelector("label[for=username]")).getText())
			.isEqualTo("Login-Name oder E-Mail-Adresse");
		// The app's address as provisioning gave it to Keycloak (the client's base URL).
		assertThat(browser.driver().findElement(By.id("link-leichte-sprache")).getAttribute("href"))
			.matches("http://localhost:80\\d\\d/leichte-sprache");
		assertThat(browser.driver().findElement(By.id("link-gebaerdensprache")).getAttribute("href"))
			.matches("http://localhost:80\\d\\d/gebaerdensprache");
		typeAndPressEnter("username", "demo-mitglied");

		waitFor(By.id("password"));
		assertGermanKeycloakPage("Passwort eingeben");
		assertThat(browser.driver().findElement(By.id("kc-attempted-username")).getText()).isEqualTo("demo-mitglied");
		typeAndPressEnter("password", "falsch");

		waitFor(By.id("input-error-password"));
		assertGermanKeycloakPage("Passwort eingeben");
		assertThat(browser.driver().findElement(By.id("input-error-password")).getText())
			.isEqualTo("Login-Name oder Passwort stimmen nicht.");
		assertThat(browser.driver().findElement(By.id("password")).getAttribute("aria-invalid")).isEqualTo("true");
		typeAndPressEnter("password", "demo");

		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.urlMatches("^" + APP.replace(".", "\\.") + "/.*"));
		assertThat(header()).contains("Mia Mitglied");
		assertThat(requestsLeavingOwnOrigins()).isEmpty();
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			assertThat(keycloak.realm().toRepresentation()).satisfies((realm) -> {
				assertThat(realm.getLoginTheme()).isEqualTo("impulsnetz");
				assertThat(realm.getEmailTheme()).isEqualTo("impulsnetz");
			});
		}
	}

	@Test
	void aForgottenPasswordIsResetByAGermanMailAndTheKeyboard() throws Exception {
		String username = KeycloakAccess.uniqueName("vergessen");
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			keycloak.createUser(username, "stadt-rheine");
		}
		browser.driver().get(APP + "/anmelden");
		typeAndPressEnter("username", username);
		waitFor(By.id("forgot-password")).sendKeys(Keys.ENTER);

		waitFor(By.id("kc-reset-password-form"));
		assertGermanKeycloakPage("Passwort vergessen");
		WebElement field = browser.driver().findElement(By.id("username"));
		field.clear();
		typeAndPressEnter("username", username);
		waitFor(By.id("kc-message"));
		assertThat(browser.driver().findElement(By.id("kc-message")).getText())
			.isEqualTo("Wir haben Ihnen eine E-Mail geschickt. Bitte öffnen Sie den Link darin.");

		String email = username + "@impulsnetz.example";
		MimeMessage mail = awaitMail(email);
		assertThat(mail.getSubject()).isEqualTo("Neues Passwort für das Impulsnetz");
		assertThat(sender(mail)).isEqualTo("Impulsnetz");
		String text = text(mail);
		assertThat(text).contains("Guten Tag Test " + username + ",")
			.contains("Sie möchten ein neues Passwort für das Impulsnetz festlegen.");

		browser.driver().get(mailLink(text));
		waitFor(By.id("password-new"));
		assertGermanKeycloakPage("Neues Passwort festlegen");
		fill("password-new", "ein-neues-langes-Passwort");
		typeAndPressEnter("password-confirm", "ein-neues-langes-Passwort");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.urlMatches("^" + APP.replace(".", "\\.") + "/.*"));
		assertThat(header()).contains("Abmelden");
		assertThat(requestsLeavingOwnOrigins()).isEmpty();
	}

	@Test
	void anEmailAddressIsConfirmedByAGermanMailAndTheKeyboardInTheProjectsTheme() throws Exception {
		String username = KeycloakAccess.uniqueName("bestaetigen");
		String id;
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			id = keycloak.createUser(username, "stadt-rheine");
			UserRepresentation user = keycloak.realm().users().get(id).toRepresentation();
			user.setEmailVerified(false);
			keycloak.realm().users().get(id).update(user);
			keycloak.realm().users().get(id).sendVerifyEmail();
		}
		MimeMessage mail = awaitMail(username + "@impulsnetz.example");
		assertThat(mail.getSubject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
		assertThat(sender(mail)).isEqualTo("Impulsnetz");
		String text = text(mail);
		assertThat(text).contains("Guten Tag Test " + username + ",");

		// Keycloak (26.7) shows this page in the browser's language: an e-mail
		// confirmation
		// the admin API sent starts no login, and its action-token page reads neither
		// kc_locale nor ui_locales from the link. The project's theme and axe hold all
		// the
		// same.
		browser.driver().get(mailLink(text));
		WebElement proceed = waitFor(By.id("proceed"));
		assertThat(browser.driver().findElement(By.cssSelector(".site-brand__name")).getText()).isEqualTo("Impulsnetz");
		assertThat(browser.accessibilityViolations()).as("confirmation page").isEmpty();
		proceed.sendKeys(Keys.ENTER);
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> keycloak.realm().users().get(id).toRepresentation().isEmailVerified());
		}
		assertThat(browser.accessibilityViolations()).as("page after confirming").isEmpty();
		assertThat(requestsLeavingOwnOrigins()).isEmpty();
	}

	@Test
	void leichteSpracheAndGebaerdenspracheAreReachedByKeyboardAndPassAxe() throws IOException {
		for (String page : List.of("/leichte-sprache", "/gebaerdensprache")) {
			browser.driver().get(APP + "/impressum");
			Actions keyboard = new Actions(browser.driver());
			int presses = 0;
			while (!focusedLinkLeadsTo(page) && presses++ < 60) {
				keyboard.sendKeys(Keys.TAB).perform();
			}
			assertThat(focusedLinkLeadsTo(page)).as("Tab reaches the link to " + page).isTrue();
			keyboard.sendKeys(Keys.ENTER).perform();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(APP + page));
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
			assertThat(browser.accessibilityViolations()).as(page).isEmpty();
		}
		assertThat(main()).contains("Die Videos in Gebärdensprache gibt es noch nicht.");
		assertThat(requestsLeavingOwnOrigins()).isEmpty();
	}

	/**
	 * The page is Keycloak's, German, with the heading (its beginning), and free of
	 * axe-core WCAG 2.1 AA violations.
	 */
	private void assertGermanKeycloakPage(String heading) throws IOException {
		assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakExtension.URL + "/realms/impulsnetz/");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
		assertThat(heading()).startsWith(heading);
		assertThat(browser.driver().findElement(By.cssSelector(".site-brand__name")).getText()).isEqualTo("Impulsnetz");
		assertThat(browser.accessibilityViolations()).as(heading).isEmpty();
	}

	private boolean focusedLinkLeadsTo(String page) {
		return String.valueOf(browser.driver().switchTo().activeElement().getAttribute("href")).endsWith(page);
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void fill(String id, String value) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** Types into a field and sends its form with Enter, as a keyboard user does. */
	private void typeAndPressEnter(String id, String value) {
		WebElement page = browser.driver().findElement(By.tagName("html"));
		WebElement field = waitFor(By.id(id));
		field.sendKeys(value);
		field.sendKeys(Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

	private List<String> requestsLeavingOwnOrigins() {
		return browser.requestedUrls()
			.stream()
			.filter((url) -> OWN_ORIGINS.stream().noneMatch(url::startsWith))
			.filter((url) -> !url.startsWith("data:") && !url.startsWith("about:") && !url.startsWith("chrome:"))
			.toList();
	}

	private static MimeMessage awaitMail(String recipient) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> java.util.Arrays.stream(KeycloakExtension.mail().getReceivedMessages())
				.anyMatch((message) -> recipient(message).equals(recipient)));
		return java.util.Arrays.stream(KeycloakExtension.mail().getReceivedMessages())
			.filter((message) -> recipient(message).equals(recipient))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private static String mailLink(String text) {
		Matcher link = MAIL_LINK.matcher(text);
		assertThat(link.find()).as("a link in " + text).isTrue();
		return link.group();
	}

	private static String sender(MimeMessage message) throws jakarta.mail.MessagingException {
		return ((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).getPersonal();
	}

	/** The plain-text part of a mail. */
	private static String text(MimeMessage message) throws Exception {
		return text((jakarta.mail.Part) message);
	}

	private static String text(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void aMemberExportsTheirDataAndDeletesTheirAccount() throws IOException {
		String username = KeycloakAccess.uniqueName("loeschen");
		String id;
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			id = keycloak.createUser(username, "stadt-rheine");
		}
		browser.login(APP, username, "geheim");

		String export = this.client.get()
			.uri("/konto/daten")
			.cookie("IMPULSNETZ_SESSION", browser.sessionCookie())
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

		browser.driver().get(APP + "/konto/loeschen");
		assertThat(browser.accessibilityViolations()).isEmpty();
		submit();
		assertThat(main()).contains("Bitte bestätigen Sie mit dem Häkchen");
		browser.click(browser.driver().findElement(By.cssSelector("label[for=bestaetigt]")));
		submit();

		assertThat(header()).contains("Anmelden");
		try (KeycloakAccess keycloak = new KeycloakAccess()) {
			assertThatThrownBy(() -> keycloak.realm().users().get(id).toRepresentation())
				.isInstanceOf(NotFoundException.class);
		}
	}

	private void submit() {
		browser.submit(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
	}

	private String header() {
		return browser.driver().findElement(By.tagName("header")).getText();
	}

	private String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	private String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
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
