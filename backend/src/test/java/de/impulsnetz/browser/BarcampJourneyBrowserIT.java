package de.impulsnetz.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import de.impulsnetz.Browser;
import de.impulsnetz.KeycloakTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static de.impulsnetz.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A barcamp in headless Chromium against the real Keycloak: {@code demo-mitglied}
 * registers, reads the rules, proposes a session and votes for another one;
 * {@code demo-orga} builds the plan with the keyboard alone while a second browser window
 * shows the plan and receives every change without reloading. axe-core checks every
 * barcamp page on the way.
 */
@KeycloakTest
class BarcampJourneyBrowserIT {

	private static final String EVENT = "/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027";

	private static final String OTHER = "Kommentare beantworten ohne Überlastung";

	private Browser browser;

	private Browser screen;

	@BeforeEach
	void startBrowsers() throws IOException {
		this.browser = Browser.start();
		this.screen = Browser.start();
	}

	@AfterEach
	void stopBrowsers() throws IOException {
		this.browser.close();
		this.screen.close();
	}

	@Test
	void aMemberTakesPartAndTheOrganiserBuildsThePlanByKeyboardWhileTheScreenFollows() throws IOException {
		String title = "Social Media im Jobcenter " + UUID.randomUUID().toString().substring(0, 6);
		// A reader on the event page logs in from the registration box, by keyboard, and
		// comes back to it.
		this.browser.driver().get(APP + EVENT);
		assertThat(this.browser.accessibilityViolations()).as("event page, reader").isEmpty();
		this.browser.loginByKeyboard(
				this.browser.driver().findElement(By.cssSelector("#anmeldung a[href^='/anmelden?zurueck=']")), APP,
				"demo-mitglied", "demo");
		assertThat(this.browser.driver().getCurrentUrl()).isEqualTo(APP + EVENT + "#anmeldung");
		assertThat(main(this.browser)).contains("Fristen und Regeln", "Mit +1",
				"Für eigene Vorschläge stimmen Sie nicht ab");
		this.browser
			.atPhoneWidth(() -> assertThat(this.browser.accessibilityViolations()).as("event page, 320 px").isEmpty());
		if (!main(this.browser).contains("Sie nehmen teil.")) {
			this.browser.submitByKeyboard(button(this.browser, "Teilnehmen"));
			this.browser.assertFeedbackInView("Ihre Teilnahme ist bestätigt.");
		}
		assertThat(main(this.browser)).contains("Sie nehmen teil.");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		// Cancelling asks first, on a page of its own; then the member takes part again.
		WebElement cancel = this.browser.driver().findElement(By.linkText("Teilnahme absagen …"));
		cancel.sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/teilnahme-absagen"));
		assertThat(this.browser.accessibilityViolations()).as("cancel confirmation").isEmpty();
		this.browser.atPhoneWidth(
				() -> assertThat(this.browser.accessibilityViolations()).as("cancel confirmation, 320 px").isEmpty());
		this.browser.submitByKeyboard(button(this.browser, "Ja, Teilnahme absagen"));
		this.browser.assertFeedbackInView("Ihre Teilnahme ist abgesagt.");
		this.browser.submitByKeyboard(button(this.browser, "Teilnehmen"));
		this.browser.assertFeedbackInView("Ihre Teilnahme ist bestätigt.");

		this.browser.driver().findElement(By.linkText("Session vorschlagen")).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/vorschlagen"));
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.driver().findElement(By.id("title")).sendKeys(title);
		this.browser.driver()
			.findElement(By.id("description"))
			.sendKeys("Wie wir mit zwei Stunden pro Woche Fragen zu Bürgergeld und Terminen beantworten.");
		this.browser.driver().findElement(By.id("format-WORKSHOP")).sendKeys(Keys.SPACE);
		this.browser.submitByKeyboard(button(this.browser, "Vorschlagen"));
		this.browser.assertFeedbackInView("Ihr Vorschlag steht jetzt auf der Liste.");
		// The format by its German name, the length in words.
		assertThat(main(this.browser)).contains(title, "Workshop").doesNotContain("WORKSHOP", "??");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		// One's own proposal takes no vote; another one does.
		assertThat(this.browser.driver()
			.findElements(By.cssSelector("button[aria-label='+1 Interesse an „" + title + "“']"))).isEmpty();
		assertThat(main(this.browser)).contains("Ihr eigener Vorschlag: Dafür stimmen Sie nicht ab.");
		List<WebElement> other = this.browser.driver()
			.findElements(By.cssSelector("button[aria-label='+1 Interesse an „" + OTHER + "“']"));
		if (!other.isEmpty()) {
			this.browser.submitByKeyboard(other.get(0));
			this.browser.assertFeedbackInView("Ihre Stimme ist gespeichert.");
		}
		this.browser.driver().findElement(By.linkText(title)).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.tagName("h1")).getText().equals(title));
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submitByKeyboard(button(this.browser, "Merken"));
		this.browser.assertFeedbackInView("Gemerkt: Die Session steht in Ihrem Plan.");
		assertThat(main(this.browser)).contains("Gemerkt");
		this.browser.driver().findElement(By.id("text")).sendKeys("- Antworten in 24 Stunden\n- Textbausteine");
		this.browser.submitByKeyboard(button(this.browser, "Notizen speichern"));
		this.browser.assertFeedbackInView("Die Notizen sind gespeichert.");
		assertThat(main(this.browser)).contains("Antworten in 24 Stunden");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.driver().get(APP + EVENT + "/mein-plan");
		assertThat(main(this.browser)).contains(title, "Kalenderadresse");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.logout(APP);

		// The screen at the venue: the public plan, never reloaded from here on.
		this.screen.driver().get(APP + EVENT + "/plan");
		assertThat(main(this.screen)).doesNotContain(title);
		assertThat(this.screen.accessibilityViolations()).isEmpty();

		// The organiser logs in from the header on the board and returns to it.
		this.browser.driver().get(APP + EVENT + "/sessions");
		this.browser.loginByKeyboard(
				this.browser.driver().findElement(By.cssSelector("header a[href^='/anmelden?zurueck=']")), APP,
				"demo-orga", "demo");
		assertThat(this.browser.driver().getCurrentUrl()).isEqualTo(APP + EVENT + "/sessions");
		assertThat(this.browser.accessibilityViolations()).as("board, organiser").isEmpty();
		this.browser.driver().get(APP + "/veranstaltungen/neu");
		assertThat(this.browser.accessibilityViolations()).as("event form").isEmpty();
		this.browser.driver().get(APP + EVENT + "/bearbeiten");
		assertThat(this.browser.driver().findElement(By.id("rooms[0].name")).getAttribute("value"))
			.isEqualTo("Großer Sitzungssaal");
		assertThat(this.browser.accessibilityViolations()).as("event edit form").isEmpty();
		this.browser.driver().get(APP + EVENT + "/plan/bearbeiten");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser
			.atPhoneWidth(() -> assertThat(this.browser.accessibilityViolations()).as("plan editor, 320 px").isEmpty());
		WebElement item = this.browser.driver()
			.findElement(By.xpath("//li[contains(@class,'plan-place__item')][.//label[contains(., '" + title + "')]]"));
		WebElement cell = item.findElement(By.tagName("select"));
		cell.sendKeys(Keys.HOME);
		long pressed = System.nanoTime();
		this.browser.submitByKeyboard(item.findElement(By.tagName("button")));
		this.browser.assertFeedbackInView("Die Session ist eingeplant.");
		new WebDriverWait(this.screen.driver(), Duration.ofSeconds(5))
			.until((driver) -> driver.findElement(By.id("plan")).getText().contains(title));
		long millis = (System.nanoTime() - pressed) / 1_000_000;
		System.out.println("Plan change visible in the second window after " + millis
				+ " ms (from the key press, including the save and the redirect)");
		assertThat(this.screen.driver().findElement(By.id("plan-status")).getText()).startsWith("Plan aktualisiert um");

		this.browser.submitByKeyboard(button(this.browser, "Plan vorschlagen"));
		assertThat(main(this.browser)).contains("Mit dem Vorschlag",
				"bei einer Verteilung nur nach der Zahl der Stimmen", "Vorschlag übernehmen");
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("#meldung");
		this.browser.assertFeedbackInView("Der Vorschlag steht unten zum Vergleich");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submitByKeyboard(button(this.browser, "Vorschlag übernehmen"));
		this.browser.assertFeedbackInView("Der Vorschlag ist jetzt der Plan.");
		assertThat(main(this.browser)).contains("Alle Vorschläge sind eingeplant.");
		new WebDriverWait(this.screen.driver(), Duration.ofSeconds(5))
			.until((driver) -> driver.findElement(By.id("plan"))
				.getText()
				.contains("Gemeinsame Kampagnen, eigene Handschrift"));
		assertThat(this.screen.accessibilityViolations()).isEmpty();
		for (String page : new String[] { "/jetzt", "/plan/druck?format=a3", "/dokumentation" }) {
			this.screen.driver().get(APP + EVENT + page);
			assertThat(this.screen.accessibilityViolations()).as(page).isEmpty();
		}
		assertThat(main(this.screen)).contains("Antworten in 24 Stunden");
		// A phone holds the plan already: no code to scan.
		for (String page : new String[] { "/plan", "/jetzt" }) {
			this.screen.driver().get(APP + EVENT + page);
			this.screen.atPhoneWidth(() -> assertThat(
					this.screen.driver().findElement(By.cssSelector(".plan__qr, .now-screen__qr")).isDisplayed())
				.as(page)
				.isFalse());
		}

		this.browser.driver().get(APP + EVENT + "/teilnehmende");
		assertThat(main(this.browser)).contains("Mia Mitglied");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.logout(APP);
		this.browser.requestedUrls(); // the login's requests to Keycloak are not the
										// reader's
		this.browser.driver().get(APP + EVENT);
		assertThat(this.browser.requestsLeaving(APP)).isEmpty();
		assertThat(this.screen.requestsLeaving(APP)).isEmpty();
	}

	private static WebElement button(Browser browser, String text) {
		return browser.driver().findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private static String main(Browser browser) {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

}
