package de.impulsnetz.browser;

import java.io.IOException;
import java.time.Duration;
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
 * registers, proposes a session and votes; {@code demo-orga} builds the plan with the
 * keyboard alone while a second browser window shows the plan and receives every change
 * without reloading. axe-core checks every barcamp page on the way.
 */
@KeycloakTest
class BarcampJourneyBrowserIT {

	private static final String EVENT = "/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027";

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
		this.browser.login(APP, "demo-mitglied", "demo");
		this.browser.driver().get(APP + EVENT);
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		if (!main(this.browser).contains("Sie nehmen teil.")) {
			this.browser.submitByKeyboard(button(this.browser, "Teilnehmen"));
		}
		assertThat(main(this.browser)).contains("Sie nehmen teil.");
		assertThat(this.browser.accessibilityViolations()).isEmpty();

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
		assertThat(main(this.browser)).contains("Ihr Vorschlag steht jetzt auf der Liste.", title);
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submitByKeyboard(this.browser.driver()
			.findElement(By.cssSelector("button[aria-label='+1 Interesse an „" + title + "“']")));
		assertThat(main(this.browser)).contains("Ihre Stimme ist gespeichert.", "1 Stimme");
		this.browser.driver().findElement(By.linkText(title)).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.tagName("h1")).getText().equals(title));
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submitByKeyboard(button(this.browser, "Merken"));
		this.browser.driver().findElement(By.id("text")).sendKeys("- Antworten in 24 Stunden\n- Textbausteine");
		this.browser.submitByKeyboard(button(this.browser, "Notizen speichern"));
		assertThat(main(this.browser)).contains("Die Notizen sind gespeichert.", "Antworten in 24 Stunden");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.driver().get(APP + EVENT + "/mein-plan");
		assertThat(main(this.browser)).contains(title, "Kalenderadresse");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.logout(APP);

		// The screen at the venue: the public plan, never reloaded from here on.
		this.screen.driver().get(APP + EVENT + "/plan");
		assertThat(main(this.screen)).doesNotContain(title);
		assertThat(this.screen.accessibilityViolations()).isEmpty();

		this.browser.login(APP, "demo-orga", "demo");
		this.browser.driver().get(APP + "/veranstaltungen/neu");
		assertThat(this.browser.accessibilityViolations()).as("event form").isEmpty();
		this.browser.driver().get(APP + EVENT + "/bearbeiten");
		assertThat(this.browser.driver().findElement(By.id("rooms[0].name")).getAttribute("value"))
			.isEqualTo("Großer Sitzungssaal");
		assertThat(this.browser.accessibilityViolations()).as("event edit form").isEmpty();
		this.browser.driver().get(APP + EVENT + "/plan/bearbeiten");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		WebElement item = this.browser.driver()
			.findElement(By.xpath("//li[contains(@class,'plan-place__item')][.//label[contains(., '" + title + "')]]"));
		WebElement cell = item.findElement(By.tagName("select"));
		cell.sendKeys(Keys.HOME);
		long pressed = System.nanoTime();
		this.browser.submitByKeyboard(item.findElement(By.tagName("button")));
		assertThat(main(this.browser)).contains("Die Session ist eingeplant.");
		new WebDriverWait(this.screen.driver(), Duration.ofSeconds(5))
			.until((driver) -> driver.findElement(By.id("plan")).getText().contains(title));
		long millis = (System.nanoTime() - pressed) / 1_000_000;
		System.out.println("Plan change visible in the second window after " + millis
				+ " ms (from the key press, including the save and the redirect)");
		assertThat(this.screen.driver().findElement(By.id("plan-status")).getText()).startsWith("Plan aktualisiert um");

		this.browser.submitByKeyboard(button(this.browser, "Plan vorschlagen"));
		assertThat(main(this.browser)).contains("Nach Stimmen", "Vorschlag übernehmen");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submitByKeyboard(button(this.browser, "Vorschlag übernehmen"));
		assertThat(main(this.browser)).contains("Der Vorschlag ist jetzt der Plan.",
				"Alle Vorschläge sind eingeplant.");
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

		this.browser.driver().get(APP + EVENT + "/teilnehmende");
		assertThat(main(this.browser)).contains("Mia Mitglied");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.driver().get(APP + EVENT + "/sessions");
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
