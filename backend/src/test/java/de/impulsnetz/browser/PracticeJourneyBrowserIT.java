package de.impulsnetz.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import de.impulsnetz.Browser;
import de.impulsnetz.KeycloakTest;
import de.impulsnetz.media.TestImages;
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
 * The life of a Praxisbeispiel in headless Chromium against the real Keycloak:
 * {@code demo-mitglied} writes it with the editor and its preview, saves a second version
 * and submits; {@code demo-redaktion} publishes it; everyone finds it in /praxis. Then
 * {@code demo-mitglied} changes it: readers keep the published text until
 * {@code demo-redaktion}, who did not write the change, publishes it. axe-core checks
 * every page on the way.
 */
@KeycloakTest
class PracticeJourneyBrowserIT {

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
	void aMemberWritesACaseAndAnotherPersonFromTheEditorsPublishesIt() throws IOException {
		String title = "Wochenrückblick als Reel " + UUID.randomUUID().toString().substring(0, 8);
		// A reader on /praxis logs in from the header, by keyboard, and comes back to it.
		this.browser.driver().get(APP + "/praxis");
		this.browser.loginByKeyboard(loginLink(), APP, "demo-mitglied", "demo");
		assertThat(this.browser.driver().getCurrentUrl()).isEqualTo(APP + "/praxis");
		this.browser.submit(this.browser.driver().findElement(By.linkText("Praxisbeispiel schreiben")));
		assertThat(this.browser.accessibilityViolations()).isEmpty();

		type("title", title);
		type("teaser", "Jeden Freitag fasst ein kurzes Video die Woche im Kreishaus zusammen.");
		check("Instagram");
		check("Video");
		WebElement body = this.browser.driver().findElement(By.id("body"));
		body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\nUnser **Wochenrückblick** läuft seit März.");
		// With JavaScript the preview follows the typing.
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.cssSelector("[data-preview]"))
				.getAttribute("innerHTML")
				.contains("<strong>Wochenrückblick</strong>"));
		// The button works as well, and the page keeps everything typed.
		this.browser.submit(button("Vorschau"));
		assertThat(this.browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(this.browser.driver().findElement(By.cssSelector("[data-preview] strong")).getText())
			.isEqualTo("Wochenrückblick");
		assertThat(this.browser.accessibilityViolations()).isEmpty();

		// A photo from the phone, with its alt text; it shows in the preview at once.
		Path photo = Files.createTempFile("wochenrueckblick", ".jpg");
		Files.write(photo, TestImages.jpegWithExif(120, 80));
		this.browser.driver().findElement(By.id("image")).sendKeys(photo.toAbsolutePath().toString());
		type("imageAlt", "Drehpause vor dem Kreishaus");
		this.browser.submit(button("Bild hochladen und einfügen"));
		// The live preview may draw itself again after the page loaded, so ask the page
		// rather than hold on to one element.
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> List.of("Drehpause vor dem Kreishaus", 120L)
				.equals(this.browser.driver()
					.executeScript("const image = document.querySelector('[data-preview] img');"
							+ " return image && image.complete ? [image.alt, image.naturalWidth] : null;")));
		assertThat(this.browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(this.browser.accessibilityViolations()).isEmpty();

		this.browser.submit(button("Speichern"));
		this.browser.assertFeedbackInView("Gespeichert.");
		assertThat(main()).contains("Entwurf", title);
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		String casePage = this.browser.driver().getCurrentUrl().replaceAll("\\?.*", "");

		this.browser.submit(this.browser.driver().findElement(By.linkText("Bearbeiten")));
		WebElement teaser = this.browser.driver().findElement(By.id("teaser"));
		teaser.sendKeys(" Es dauert nie länger als 60 Sekunden.");
		this.browser.submit(button("Speichern und einreichen"));
		this.browser.assertFeedbackInView("Eingereicht. Die Redaktion prüft");
		assertThat(main()).doesNotContain("Veröffentlichen");

		this.browser.driver().get(casePage + "/versionen");
		assertThat(main()).contains("Version 2 mit 1 vergleichen");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submit(this.browser.driver().findElement(By.linkText("Version 2 mit 1 vergleichen")));
		assertThat(this.browser.driver()
			.findElements(By.cssSelector(".diff ins"))
			.stream()
			.map(WebElement::getText)
			.collect(java.util.stream.Collectors.joining())).contains("60 Sekunden");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.logout(APP);

		this.browser.driver().get(casePage);
		assertThat(heading()).isEqualTo("Diese Seite gibt es nicht");

		this.browser.driver().get(APP + "/praxis");
		this.browser.loginByKeyboard(loginLink(), APP, "demo-redaktion", "demo");
		assertThat(this.browser.driver().getCurrentUrl()).isEqualTo(APP + "/praxis");
		this.browser.driver().get(APP + "/praxis/in-arbeit");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submit(this.browser.driver().findElement(By.linkText(title)));
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submit(button("Veröffentlichen"));
		// Publishing asks first, on a page of its own.
		assertThat(heading()).isEqualTo("Wirklich veröffentlichen?");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.atPhoneWidth(
				() -> assertThat(this.browser.accessibilityViolations()).as("publish confirmation, 320 px").isEmpty());
		this.browser.submit(button("Ja, jetzt veröffentlichen"));
		this.browser.assertFeedbackInView("Veröffentlicht. Der Beitrag ist jetzt für alle sichtbar.");
		this.browser.logout(APP);
		this.browser.requestedUrls(); // what the login asked of Keycloak is not the
										// reader's concern

		this.browser.driver().get(APP + "/praxis");
		assertThat(main()).contains(title);
		this.browser.driver()
			.get(APP + "/suche?q=" + title.substring(title.lastIndexOf(' ') + 1) + "+Wochenrueckblick");
		assertThat(main()).contains(title);
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.driver().get(casePage);
		assertThat(heading()).isEqualTo(title);
		assertThat(main()).doesNotContain("Eingereicht", "Entwurf");
		assertThat(this.browser.driver()
			.findElement(By.cssSelector("main img[alt='Drehpause vor dem Kreishaus']"))
			.getAttribute("src")).startsWith(APP + "/medien/");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.driver().get(APP + "/praxis?kanal=INSTAGRAM&thema=Video");
		assertThat(main()).contains(title);
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		assertThat(this.browser.requestsLeaving(APP)).isEmpty();

		// A change to the published case waits for review: readers keep the published
		// text, the authors and the editors are told that a revision waits.
		this.browser.driver().get(casePage);
		this.browser.loginByKeyboard(loginLink(), APP, "demo-mitglied", "demo");
		assertThat(this.browser.driver().getCurrentUrl()).isEqualTo(casePage);
		this.browser.submit(this.browser.driver().findElement(By.linkText("Bearbeiten")));
		this.browser.driver()
			.findElement(By.id("body"))
			.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\nSeit Juni auch mit Untertiteln.");
		this.browser.submit(button("Speichern"));
		this.browser.assertFeedbackInView("Ihre Änderung wartet auf die Prüfung durch die Redaktion");
		assertThat(main()).contains("Änderung in Prüfung").doesNotContain("Seit Juni auch mit Untertiteln.");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		assertThat(
				this.browser.driver().findElements(By.xpath("//button[normalize-space()='Änderung veröffentlichen']")))
			.as("nobody publishes their own change")
			.isEmpty();
		// The member's account: the overview with the case, the readable export and
		// what deletion does, with German statuses; clean also on a phone.
		for (String page : List.of("/konto", "/konto/daten/ansicht", "/konto/loeschen")) {
			this.browser.driver().get(APP + page);
			assertThat(this.browser.driver().getCurrentUrl()).as("no second password yet").isEqualTo(APP + page);
			assertThat(main()).as(page).doesNotContain("??", "PUBLISHED", "SUBMITTED");
			if (!page.endsWith("/loeschen")) {
				assertThat(main()).as(page).contains(title);
			}
			assertThat(this.browser.accessibilityViolations()).as(page).isEmpty();
			this.browser
				.atPhoneWidth(() -> assertThat(this.browser.accessibilityViolations()).as(page + ", 320 px").isEmpty());
		}
		this.browser.logout(APP);

		this.browser.driver().get(casePage);
		assertThat(main()).contains("Unser Wochenrückblick läuft seit März.")
			.doesNotContain("Untertiteln", "Änderung in Prüfung");

		this.browser.loginByKeyboard(loginLink(), APP, "demo-redaktion", "demo");
		assertThat(this.browser.driver().getCurrentUrl()).isEqualTo(casePage);
		this.browser.driver().get(APP + "/praxis/in-arbeit");
		assertThat(main()).contains("Eine Änderung eines veröffentlichten Beitrags in Prüfung");
		this.browser.submit(this.browser.driver().findElement(By.linkText(title)));
		assertThat(main()).contains("Änderung in Prüfung");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submit(button("Änderung veröffentlichen"));
		assertThat(heading()).isEqualTo("Wirklich veröffentlichen?");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		this.browser.submit(button("Ja, jetzt veröffentlichen"));
		assertThat(main())
			.contains("Veröffentlicht. Der Beitrag ist jetzt für alle sichtbar.", "Seit Juni auch mit Untertiteln.")
			.doesNotContain("Änderung in Prüfung");
		this.browser.logout(APP);
		this.browser.requestedUrls();

		this.browser.driver().get(casePage);
		assertThat(main()).contains("Unser Wochenrückblick läuft seit März.", "Seit Juni auch mit Untertiteln.");
		assertThat(this.browser.accessibilityViolations()).isEmpty();
		assertThat(this.browser.requestsLeaving(APP)).isEmpty();
	}

	private void type(String id, String text) {
		WebElement field = this.browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void check(String label) {
		WebElement box = this.browser.driver().findElement(By.xpath("//label[normalize-space()='" + label + "']"));
		this.browser.click(box);
	}

	private WebElement loginLink() {
		return this.browser.driver().findElement(By.cssSelector("header a[href^='/anmelden?zurueck=']"));
	}

	private WebElement button(String text) {
		return this.browser.driver().findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private String main() {
		return this.browser.driver().findElement(By.tagName("main")).getText();
	}

	private String heading() {
		return this.browser.driver().findElement(By.tagName("h1")).getText();
	}

}
