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
import org.openqa.selenium.Dimension;
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
		this.browser.login(APP, "demo-mitglied", "demo");
		this.browser.driver().get(APP + EVENT);
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		assertThat(main(this.browser)).contains("Fristen und Regeln", "Mit +1",
				"Für eigene Vorschläge stimmen Sie nicht ab");
		onAPhone(this.browser,
				() -> assertThat(this.browser.accessibilityViolations()).as("event page, 320 px").isEmpty());
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
		// One's own proposal takes no vote; another one does.
		assertThat(this.browser.driver()
			.findElements(By.cssSelector("button[aria-label='+1 Interesse an „" + title + "“']"))).isEmpty();
		assertThat(main(this.browser)).contains("Ihr eigener Vorschlag: Dafür stimmen Sie nicht ab.");
		List<WebElement> other = this.browser.driver()
			.findElements(By.cssSelector("button[aria-label='+1 Interesse an „" + OTHER + "“']"));
		if (!other.isEmpty()) {
			this.browser.submitByKeyboard(other.get(0));
			assertThat(main(this.browser)).contains("Ihre Stimme ist gespeichert.");
		}
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
		onAPhone(this.browser,
				() -> assertThat(this.browser.accessibilityViolations()).as("plan editor, 320 px").isEmpty());
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
		assertThat(main(this.browser)).contains("Mit dem Vorschlag",
				"bei einer Verteilung nur nach der Zahl der Stimmen", "Vorschlag übernehmen");
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("#vorschlag");
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
		// A phone holds the plan already: no code to scan.
		for (String page : new String[] { "/plan", "/jetzt" }) {
			this.screen.driver().get(APP + EVENT + page);
			onAPhone(this.screen, () -> assertThat(
					this.screen.driver().findElement(By.cssSelector(".plan__qr, .now-screen__qr")).isDisplayed())
				.as(page)
				.isFalse());
		}

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

	/**
	 * Runs the check at 320 CSS pixels, the width WCAG 1.4.10 asks pages to work at.
	 */
	private static void onAPhone(Browser browser, Check check) throws IOException {
		Dimension desktop = browser.driver().manage().window().getSize();
		try {
			browser.driver().manage().window().setSize(new Dimension(320, 800));
			check.run();
		}
		finally {
			browser.driver().manage().window().setSize(desktop);
		}
	}

	private interface Check {

		void run() throws IOException;

	}

	private static WebElement button(Browser browser, String text) {
		return browser.driver().findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private static String main(Browser browser) {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

}
