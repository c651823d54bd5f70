package de.impulsnetz.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import de.impulsnetz.Browser;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page in real headless Chromium: no WCAG 2.1 AA violation (axe-core), no
 * request to another origin, usable by keyboard.
 */
@IntegrationTest
class SiteBrowserIT {

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/praxis", "/praxis/stellenanzeigen-als-humorvolle-videos", "/kommunen",
			"/kommunen/kreis-steinfurt", "/impulse", "/impulse/impulsreihe-social-media",
			"/impulse/impulsreihe-social-media/das-format-amtfluencer",
			"/impulse/impulsreihe-social-media/drei-schritte-jobcenter",
			"/impulse/impulsreihe-social-media/drei-schritte-jobcenter/transkript", "/veranstaltungen",
			"/veranstaltungen/runder-tisch-21-altena", "/impressum", "/datenschutz", "/barrierefreiheit",
			"/praxis/gibt-es-nicht", "/?lang=en" })
	void pageHasNoAccessibilityViolationsAndStaysOnItsOrigin(String path) throws IOException {
		browser.requestedUrls();
		browser.driver().get(origin() + path);

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(browser.accessibilityViolations()).as("axe-core violations on " + path).isEmpty();
		List<String> requests = browser.requestedUrls();
		assertThat(requests).as("requests of " + path).isNotEmpty();
		assertThat(requests.stream().filter((url) -> !url.startsWith(origin() + "/") && !url.startsWith("data:")))
			.as("requests of " + path + " that left the origin")
			.isEmpty();
		browser.screenshot(Path.of("target/screenshots",
				(path.equals("/") ? "start" : path.replaceAll("[^a-z0-9]+", "_")) + ".png"));
	}

	@Test
	void loadsTheSelfHostedFontsAndDesignSystem() {
		browser.requestedUrls();
		browser.driver().get(origin() + "/praxis");
		List<String> requests = browser.requestedUrls();
		// Under their content-hashed names (system.StaticAssets).
		assertThat(requests)
			.anySatisfy((url) -> assertThat(url).matches(".*/vendor/kern/kern\\.min-[0-9a-f]{32}\\.css"));
		assertThat(requests).anySatisfy((url) -> assertThat(url).contains("/vendor/kern/fonts/fira-sans/"));
	}

	@Test
	void skipLinkIsTheFirstStopAndLeadsToTheContent() {
		browser.driver().get(origin() + "/praxis");
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement focused = browser.driver().switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Zum Inhalt springen");
		assertThat(focused.isDisplayed()).isTrue();
		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
		assertThat(browser.driver().getCurrentUrl()).endsWith("#inhalt");
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("inhalt");
	}

	@Test
	void aCaseCanBeOpenedByKeyboardFromTheList() {
		browser.driver().get(origin() + "/praxis");
		WebElement firstCase = browser.driver().findElement(By.cssSelector(".card h3 a"));
		String title = firstCase.getText();
		// Tab through the page until the first case link has focus, as a keyboard user
		// would.
		for (int i = 0; i < 30 && !firstCase.equals(browser.driver().switchTo().activeElement()); i++) {
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		}
		assertThat(browser.driver().switchTo().activeElement()).isEqualTo(firstCase);
		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
	}

	/**
	 * A reader, by keyboard: the "Hilfreich" login link of a case is reached with Tab and
	 * says where the login returns; cases and events name channels, kinds and formats in
	 * German, never by their constants.
	 */
	@Test
	void aReaderReachesTheLoginLinkThatReturnsToTheCaseAndReadsGermanLabels() {
		String casePath = "/praxis/stellenanzeigen-als-humorvolle-videos";
		browser.driver().get(origin() + casePath);
		WebElement login = browser.driver().findElement(By.cssSelector("#rueckmeldung a[href^='/anmelden']"));
		// From the control before it, one Tab reaches it (tabbing all the way down the
		// page would only cost time).
		browser.driver()
			.executeScript(
					"const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')];"
							+ " all[all.indexOf(arguments[0]) - 1].focus();",
					login);
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		assertThat(browser.driver().switchTo().activeElement()).isEqualTo(login);
		assertThat(login.getAttribute("href")).endsWith("/anmelden?zurueck=" + casePath + "%23rueckmeldung");
		assertThat(login.getText()).isEqualTo("Melden Sie sich an, um zu sagen, ob es Ihnen geholfen hat.");
		assertGerman(browser.driver().findElement(By.tagName("main")).getText(), Platform.values(),
				MunicipalityKind.values());

		browser.driver().get(origin() + "/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027");
		String event = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(event).contains("Barcamp").containsPattern("Noch \\d+ von \\d+ Plätzen frei\\.");
		assertGerman(event, EventKind.values(), ProposalFormat.values());
	}

	private static void assertGerman(String text, Enum<?>[]... shown) {
		assertThat(text).doesNotContain("??");
		for (Enum<?>[] constants : shown) {
			for (Enum<?> constant : constants) {
				if (constant.name().length() > 2) {
					assertThat(text).doesNotContainPattern("\\b" + constant.name() + "\\b");
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/praxis/stellenanzeigen-als-humorvolle-videos", "/kommunen",
			"/veranstaltungen/runder-tisch-21-altena", "/impulse",
			"/impulse/impulsreihe-social-media/drei-schritte-jobcenter",
			"/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027",
			"/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027/sessions",
			"/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027/plan",
			"/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027/jetzt" })
	void reflowsOnANarrowPhoneWithoutSidewaysScrolling(String path) throws IOException {
		Dimension desktop = browser.driver().manage().window().getSize();
		try {
			// 320 CSS pixels: the width WCAG 1.4.10 asks content to work at.
			browser.driver().manage().window().setSize(new Dimension(320, 800));
			browser.driver().get(origin() + path);
			Object overflow = browser.driver()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as("sideways overflow in px on " + path).isLessThanOrEqualTo(0);
			assertThat(browser.accessibilityViolations()).isEmpty();
			browser.screenshot(Path.of("target/screenshots/phone", path.replaceAll("[^a-z0-9]+", "_") + ".png"));
		}
		finally {
			browser.driver().manage().window().setSize(desktop);
		}
	}

	private String origin() {
		return "http://localhost:" + this.port;
	}

}
