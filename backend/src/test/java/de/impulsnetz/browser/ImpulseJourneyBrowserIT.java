package de.impulsnetz.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import de.impulsnetz.Browser;
import de.impulsnetz.KeycloakTest;
import de.impulsnetz.talk.recording.TestMedia;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static de.impulsnetz.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A talk from announcement to playback in headless Chromium against the real Keycloak, by
 * keyboard wherever a person acts: {@code demo-orga} starts a series, announces a talk,
 * uploads a recording (made here with ffmpeg) and watches its processing finish without
 * reloading, adds German captions and chapters, writes the summary, records the speaker's
 * consent, marks the talk held and publishes it; a reader then plays it with the German
 * captions showing, switches them off and on with the player's caption buttons, and jumps
 * from a chapter and from a transcript line. axe-core checks every Impulse page on the
 * way, on a desktop and on a 375 px phone, and no request leaves the origin.
 */
@KeycloakTest
class ImpulseJourneyBrowserIT {

	private static final Dimension PHONE = new Dimension(375, 800);

	private static final String CAPTIONS = """
			WEBVTT

			00:00.000 --> 00:01.400
			<v Anna Amt>Willkommen zur Impulsreihe.

			00:01.500 --> 00:02.900
			<v Ben Bürger>Drei Schritte ins Jobcenter.
			""";

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
	void anOrganiserPublishesARecordedTalkAndAReaderFollowsItByKeyboard() throws IOException {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String seriesTitle = "Impulse aus Altena " + suffix;
		String title = "Drei Schritte ins Jobcenter " + suffix;
		Path recording = Files.createTempFile("impuls", ".mp4");
		Files.write(recording, TestMedia.h264());
		Path captions = Files.createTempFile("impuls", ".de.vtt");
		Files.writeString(captions, CAPTIONS, StandardCharsets.UTF_8);

		this.browser.login(APP, "demo-orga", "demo");
		this.browser.driver().get(APP + "/impulse");
		assertAccessible("/impulse as organiser");
		follow("Impulsreihe anlegen");
		assertAccessible("new series");
		type("title", seriesTitle);
		type("description", "Kurze Vorträge aus dem Rathaus Altena.");
		this.browser.submitByKeyboard(button("Reihe anlegen"));
		assertThat(heading()).isEqualTo(seriesTitle);
		assertAccessible("series page as organiser");
		String seriesPage = currentPage();
		follow("Reihe bearbeiten");
		assertThat(this.browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo(seriesTitle);
		assertAccessible("series editor with the series");
		this.browser.driver().get(seriesPage);

		follow("Vortrag ankündigen");
		assertAccessible("new talk");
		type("title", title);
		// Announced for next month, typed into the date field segment by segment.
		LocalDateTime startsAt = LocalDate.now().plusMonths(1).atTime(10, 0);
		typeDateTime("startsAt", startsAt);
		assertThat(this.browser.driver().findElement(By.id("startsAt")).getAttribute("value"))
			.isEqualTo(startsAt.toLocalDate() + "T10:00");
		type("durationMinutes", "30");
		type("speakers[0].name", "Anna Amt");
		type("speakers[0].affiliation", "Stadt Altena");
		type("abstractText", "Wie Bürgerinnen und Bürger ohne Umwege zu ihrem Termin kommen.");
		this.browser.submitByKeyboard(button("Vortrag ankündigen"));
		assertThat(main()).contains("Der Vortrag ist angekündigt.");
		assertAccessible("editing hub");
		String hub = currentPage();
		String talkPage = hub.replaceAll("/bearbeiten$", "");

		follow("Aufnahme hochladen und prüfen");
		assertAccessible("recording page without a recording");
		this.browser.driver().findElement(By.id("datei")).sendKeys(recording.toAbsolutePath().toString());
		this.browser.submitByKeyboard(button("Aufnahme hochladen"));
		assertThat(main()).contains("Die Aufnahme ist hochgeladen und wird jetzt verarbeitet.");
		// The page follows the processing by itself: no reload, the state and then the
		// player appear in place, and the change is announced politely.
		assertThat(this.browser.driver().findElement(By.id("stand")).getAttribute("data-recording-live"))
			.as("the upload is still waiting or running when its page shows")
			.endsWith("/aufnahme/stand");
		WebElement uploaded = this.browser.driver().findElement(By.tagName("html"));
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500))
			.until((driver) -> !driver.findElements(By.cssSelector("#aktuell video")).isEmpty());
		assertThat(ExpectedConditions.stalenessOf(uploaded).apply(this.browser.driver())).as("no reload").isFalse();
		assertThat(this.browser.driver().findElement(By.cssSelector("[data-recording-status]")).getText())
			.isEqualTo("Verarbeitet");
		assertThat(this.browser.driver()
			.findElement(By.cssSelector("[data-recording-announce]"))
			.getAttribute("textContent")).isEqualTo("Die Aufnahme ist verarbeitet und kann abgespielt werden.");
		assertThat(this.browser.driver().findElement(By.cssSelector("#stand [aria-live='polite']")))
			.isEqualTo(this.browser.driver().findElement(By.cssSelector("[data-recording-announce]")));
		assertAccessible("recording page with the processed recording");

		this.browser.driver().get(talkPage + "/untertitel");
		assertAccessible("captions page without captions");
		type("language", "de");
		this.browser.driver().findElement(By.id("captionFile")).sendKeys(captions.toAbsolutePath().toString());
		this.browser.submitByKeyboard(button("Untertitel hochladen"));
		assertThat(main()).contains("Die Untertitel sind gespeichert.");
		type("chapterText", "00:00 Begrüßung\n00:02 Die drei Schritte");
		this.browser.submitByKeyboard(button("Kapitel aus dem Text speichern"));
		assertThat(main()).contains("Die Kapitel sind gespeichert.");
		assertAccessible("captions page with captions and chapters");
		this.browser.driver().get(talkPage + "/transkript");
		assertAccessible("transcript as organiser");

		this.browser.driver().get(talkPage + "/zusammenfassung");
		assertAccessible("summary editor");
		type("body", "Drei Schritte: **Termin** buchen, Unterlagen mitbringen, Fragen stellen.");
		this.browser.submitByKeyboard(button("Speichern"));
		type("body", "Drei Schritte: **Termin** online buchen, Unterlagen mitbringen, Fragen stellen.");
		this.browser.submitByKeyboard(button("Speichern"));
		assertThat(main()).contains("Version 2");
		assertAccessible("summary editor after saving");
		this.browser.submitByKeyboard(button("Veröffentlichen"));
		follow("Gespeicherte Versionen ansehen");
		assertAccessible("summary versions");
		follow("Version 2 mit 1 vergleichen");
		assertThat(this.browser.driver().findElement(By.cssSelector(".diff ins")).getText()).contains("online");
		assertAccessible("summary comparison");

		this.browser.driver().get(hub);
		assertThat(this.browser.driver().findElement(By.id("fehlt")).getText()).contains("Anna Amt");
		this.browser.driver().findElement(By.id("consent-0-recording")).sendKeys(Keys.SPACE);
		this.browser.driver().findElement(By.id("consent-0-publication")).sendKeys(Keys.SPACE);
		this.browser.driver().findElement(By.id("consent-0-licence")).sendKeys("CC BY 4.0");
		this.browser.submitByKeyboard(button("Einwilligungen speichern"));
		assertThat(main()).contains("Die Einwilligungen sind gespeichert.");
		this.browser.submitByKeyboard(button("Als stattgefunden markieren"));
		assertThat(main()).contains("Der Stand ist geändert.");
		assertAccessible("editing hub ready to publish");
		this.browser.submitByKeyboard(button("Veröffentlichen"));
		assertThat(main()).contains("Der Vortrag ist veröffentlicht.");
		assertAccessible("editing hub after publishing");
		this.browser.logout(APP);
		this.browser.requestedUrls(); // what the login asked of Keycloak is not the
										// reader's concern

		this.browser.driver().get(seriesPage);
		assertThat(main()).contains(title);
		assertAccessible("series page as reader");
		this.browser.driver().get(talkPage);
		assertThat(heading()).isEqualTo(title);
		assertThat(main()).contains("online buchen");
		assertAccessible("talk page as reader");

		WebElement video = this.browser.driver().findElement(By.cssSelector("#player video"));
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(20))
			.until((driver) -> ((Number) media(video, "readyState")).intValue() >= 1);
		// The browser's own controls: Space on the focused video plays it.
		tabTo(video);
		new Actions(this.browser.driver()).sendKeys(Keys.SPACE).perform();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(20))
			.until((driver) -> ((Number) media(video, "currentTime")).doubleValue() > 1.2);
		// The German captions are on by default, their cues loaded; the chapters ride
		// along.
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10)).until((driver) -> String.valueOf(this.browser
			.driver()
			.executeScript("return Array.from(arguments[0].textTracks)"
					+ ".map((t) => t.kind + ':' + t.language + ':' + t.mode + ':' + (t.cues ? t.cues.length : 0)).join(' ')",
					video))
			.contains("captions:de:showing:2"));
		// The player's own caption switch: off with Enter, German again with Space.
		WebElement off = captionButton("Aus");
		WebElement german = captionButton("Deutsch");
		assertThat(captionState()).isEqualTo("Untertitel an: Deutsch");
		assertThat(german.getAttribute("aria-pressed")).isEqualTo("true");
		pressCaptionButton(off, Keys.ENTER, german, video, "disabled", "Untertitel aus");
		pressCaptionButton(german, Keys.SPACE, off, video, "showing", "Untertitel an: Deutsch");
		// Past the greeting, the reader jumps back to it from the chapter list.
		assertThat(((Number) media(video, "currentTime")).doubleValue()).isGreaterThan(1.2);
		tabTo(this.browser.driver().findElement(By.partialLinkText("Begrüßung")));
		new Actions(this.browser.driver()).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> ((Number) media(video, "currentTime")).doubleValue() < 1.0);
		assertThat(this.browser.driver().getCurrentUrl()).as("the chapter seeks in place").doesNotContain("t=");

		this.browser.driver().get(talkPage + "/transkript");
		assertAccessible("transcript as reader");
		WebElement transcriptVideo = this.browser.driver().findElement(By.cssSelector("#player video"));
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(20))
			.until((driver) -> ((Number) media(transcriptVideo, "readyState")).intValue() >= 1);
		tabTo(this.browser.driver().findElement(By.cssSelector("a[aria-label='Ab 00:01 abspielen']")));
		new Actions(this.browser.driver()).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> ((Number) media(transcriptVideo, "currentTime")).doubleValue() >= 1.4);
		this.browser.driver().get(talkPage + "/einbetten");
		assertThat(this.browser.accessibilityViolations()).as("embedded player").isEmpty();
		assertThat(this.browser.requestsLeaving(APP)).isEmpty();
	}

	/**
	 * No axe-core violation on the current page on the desktop, nor on a 375 px phone,
	 * where it also must not scroll sideways.
	 */
	private void assertAccessible(String what) throws IOException {
		assertThat(this.browser.accessibilityViolations()).as("axe-core violations on " + what).isEmpty();
		Dimension desktop = this.browser.driver().manage().window().getSize();
		try {
			this.browser.driver().manage().window().setSize(PHONE);
			Object overflow = this.browser.driver()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as("sideways overflow in px on " + what + " at 375 px")
				.isLessThanOrEqualTo(0);
			assertThat(this.browser.accessibilityViolations()).as("axe-core violations on " + what + " at 375 px")
				.isEmpty();
		}
		finally {
			this.browser.driver().manage().window().setSize(desktop);
		}
	}

	/** Presses Tab until the element has focus, as a keyboard user does. */
	private void tabTo(WebElement element) {
		for (int i = 0; i < 80 && !element.equals(this.browser.driver().switchTo().activeElement()); i++) {
			new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
		}
		assertThat(this.browser.driver().switchTo().activeElement()).as("reachable by Tab").isEqualTo(element);
	}

	/** Follows a link by keyboard: focus and Enter. */
	private void follow(String linkText) {
		WebElement link = this.browser.driver().findElement(By.linkText(linkText));
		WebElement page = this.browser.driver().findElement(By.tagName("html"));
		link.sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

	private WebElement captionButton(String text) {
		return this.browser.driver()
			.findElement(By.xpath("//*[@data-captions]//button[normalize-space()='" + text + "']"));
	}

	/**
	 * Tabs to a caption button, presses it with the key, and checks the German track's
	 * mode, the state in words and which button is pressed.
	 */
	private void pressCaptionButton(WebElement choice, Keys key, WebElement other, WebElement player, String mode,
			String state) {
		tabTo(choice);
		new Actions(this.browser.driver()).sendKeys(key).perform();
		assertThat(captionMode(player)).isEqualTo(mode);
		assertThat(captionState()).isEqualTo(state);
		assertThat(choice.getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(other.getAttribute("aria-pressed")).isEqualTo("false");
	}

	private String captionState() {
		return this.browser.driver().findElement(By.cssSelector("[data-caption-state]")).getText();
	}

	/** The mode of the German captions track: showing, hidden or disabled. */
	private String captionMode(WebElement player) {
		return String.valueOf(this.browser.driver()
			.executeScript("return Array.from(arguments[0].textTracks).find((t) => t.kind === 'captions'"
					+ " && t.language === 'de').mode", player));
	}

	/**
	 * Types a date and time into a {@code datetime-local} field as a person does, segment
	 * by segment, in the order the browser shows them: its locale (the one its date
	 * fields use, asked through {@code Intl}) decides whether the day or the month comes
	 * first and whether hours count to twelve with AM/PM. So the test does not depend on
	 * the language the browser runs in.
	 */
	private void typeDateTime(String id, LocalDateTime when) {
		String date = String.valueOf(this.browser.driver()
			.executeScript(
					"return new Intl.DateTimeFormat(undefined, {year: 'numeric', month: '2-digit', day: '2-digit'})"
							+ ".formatToParts(new Date(2030, 10, 12)).map((p) => p.type).join(' ')"));
		String time = String.valueOf(this.browser.driver()
			.executeScript("return new Intl.DateTimeFormat(undefined, {hour: '2-digit', minute: '2-digit'})"
					+ ".formatToParts(new Date(2030, 10, 12, 10, 0)).map((p) => p.type).join(' ')"));
		StringBuilder keys = new StringBuilder();
		for (String part : (date + " " + time).split(" ")) {
			switch (part) {
				case "day" -> keys.append("%02d".formatted(when.getDayOfMonth()));
				case "month" -> keys.append("%02d".formatted(when.getMonthValue()));
				// The year takes up to six digits: Tab moves on.
				case "year" -> keys.append(when.getYear()).append(Keys.TAB);
				case "hour" -> keys.append("%02d"
					.formatted(time.contains("dayPeriod") ? ((when.getHour() + 11) % 12 + 1) : when.getHour()));
				case "minute" -> keys.append("%02d".formatted(when.getMinute()));
				case "dayPeriod" -> keys.append((when.getHour() < 12) ? "A" : "P");
				default -> {
				}
			}
		}
		this.browser.driver().findElement(By.id(id)).sendKeys(keys);
	}

	private Object media(WebElement element, String property) {
		return this.browser.driver().executeScript("return arguments[0]." + property, element);
	}

	private void type(String id, String text) {
		WebElement field = this.browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private WebElement button(String text) {
		return this.browser.driver().findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private String currentPage() {
		return this.browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
	}

	private String main() {
		return this.browser.driver().findElement(By.tagName("main")).getText();
	}

	private String heading() {
		return this.browser.driver().findElement(By.tagName("h1")).getText();
	}

}
