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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static de.impulsnetz.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working group in headless Chromium against the real Keycloak, by keyboard:
 * {@code demo-orga} (Stadt Altena) founds a group, plans its quarterly meetings, writes
 * the minutes of the first with a Maßnahme and invites the Kreis Steinfurt;
 * {@code demo-mitglied} (Kreis Steinfurt) accepts the invitation and writes to the
 * group's Verteiler on its page. axe-core checks every page on the way, also at 320 px,
 * and no page asks another origin for anything.
 */
@KeycloakTest
class WorkingGroupJourneyBrowserIT {

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
	void aCoordinatorFoundsAndRunsAGroupAndAnInvitedMemberWritesToItsVerteiler() throws IOException {
		String title = "AG Social Media " + UUID.randomUUID().toString().substring(0, 6);
		this.browser.login(APP, "demo-orga", "demo");
		this.browser.requestedUrls(); // the login's requests to Keycloak are not the
										// pages'

		this.browser.driver().get(APP + "/arbeitsgruppen");
		accessible("group list");
		follow("Arbeitsgruppe gründen");
		accessible("group form");
		type("title", title);
		type("purpose", "Wir machen unsere **Kanäle** in der Region füreinander sichtbar.");
		this.browser.submitByKeyboard(button("Arbeitsgruppe gründen"));
		assertThat(main()).contains("Die Arbeitsgruppe ist gegründet.", title);
		String group = this.browser.driver().getCurrentUrl().replaceFirst("\\?.*$", "").replace(APP, "");
		accessible("group page of its coordinator");

		follow("Treffen planen");
		accessible("meeting form");
		type("venue", "Rathaus");
		type("city", "Altena");
		assertThat(this.browser.driver().findElement(By.id("quarterly")).isSelected()).isTrue();
		this.browser.submitByKeyboard(button("Planen"));
		assertThat(main()).contains("Die Treffen sind geplant.");
		assertThat(this.browser.driver().findElements(By.cssSelector("#treffen a[href*='/treffen/']")))
			.hasSizeGreaterThanOrEqualTo(4);

		this.browser.driver().findElement(By.cssSelector("#treffen a[href*='/treffen/']")).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElements(By.id("minutes")).size() == 1);
		type("minutes", "## Verabredungen\n\n- Jede Stadt pflegt ihre Kanäle.");
		this.browser.submitByKeyboard(button("Protokoll speichern"));
		assertThat(main()).contains("Jede Stadt pflegt ihre Kanäle.");
		type("action-text", "Kanalliste bis zum nächsten Treffen vervollständigen");
		this.browser.submitByKeyboard(button("Maßnahme festhalten"));
		assertThat(main()).contains("Die Maßnahme ist festgehalten.", "Kanalliste bis zum nächsten Treffen");
		accessible("meeting page with minutes and a Maßnahme");

		this.browser.driver().get(APP + group);
		assertThat(main()).contains("Kanalliste bis zum nächsten Treffen");
		this.browser.driver().findElement(By.id("kommune")).sendKeys("Kreis Steinfurt");
		this.browser.submitByKeyboard(button("Kommune einladen"));
		assertThat(main()).contains("Die Einladung ist gespeichert.");
		assertThat(this.browser.requestsLeaving(APP)).isEmpty();
		this.browser.logout(APP);

		this.browser.login(APP, "demo-mitglied", "demo");
		this.browser.requestedUrls();
		this.browser.driver().get(APP + group);
		assertThat(main()).contains("Sie sind in diese Arbeitsgruppe eingeladen.");
		assertThat(this.browser.driver().findElements(By.id("verteiler"))).isEmpty();
		accessible("group page of an invited member");
		this.browser.submitByKeyboard(button("Einladung annehmen"));
		assertThat(main()).contains("Sie gehören jetzt zur Arbeitsgruppe.");
		assertThat(this.browser.driver().findElements(By.id("verteiler"))).hasSize(1);
		accessible("group page with its Verteiler");
		type("title", "Kanalliste");
		type("text", "Bitte tragt bis Freitag eure **Kanäle** ein.");
		this.browser.submitByKeyboard(button("An alle senden"));
		assertThat(main()).contains("Ihre Nachricht ist gespeichert", "Kanalliste");
		accessible("Verteiler");
		assertThat(this.browser.requestsLeaving(APP)).isEmpty();
	}

	/**
	 * No axe-core violation on the page, in the desktop window and at 320 CSS pixels
	 * (WCAG 1.4.10), the same window made narrow.
	 */
	private void accessible(String page) throws IOException {
		assertThat(this.browser.accessibilityViolations()).as(page).isEmpty();
		Dimension desktop = this.browser.driver().manage().window().getSize();
		try {
			this.browser.driver().manage().window().setSize(new Dimension(320, 800));
			assertThat(this.browser.accessibilityViolations()).as(page + ", 320 px").isEmpty();
		}
		finally {
			this.browser.driver().manage().window().setSize(desktop);
		}
	}

	private void follow(String link) {
		WebElement page = this.browser.driver().findElement(By.tagName("html"));
		this.browser.driver().findElement(By.linkText(link)).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	private void type(String id, String text) {
		WebElement field = this.browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private WebElement button(String text) {
		return this.browser.driver().findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private String main() {
		return this.browser.driver().findElement(By.tagName("main")).getText();
	}

}
