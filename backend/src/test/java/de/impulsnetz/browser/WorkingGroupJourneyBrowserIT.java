package de.impulsnetz.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static de.impulsnetz.KeycloakTest.APP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working group in headless Chromium against the real Keycloak, by keyboard:
 * {@code demo-orga} (Stadt Altena) founds a group, plans its quarterly meetings, writes
 * the minutes of the first with a Maßnahme, invites the Kreis Steinfurt and starts a
 * joint campaign; {@code demo-mitglied} (Kreis Steinfurt) accepts the invitation, writes
 * to the group's Verteiler on its page, keeps her municipality's channels, opts it into
 * the campaign, plans a post in her own words and marks it published. axe-core checks
 * every page on the way, also at 320 px, and no page asks another origin for anything.
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

		String campaign = "Radwoche " + title.substring(title.length() - 6);
		follow("Kampagne anlegen");
		accessible("campaign form");
		type("title", campaign);
		date("start", LocalDate.of(2027, 6, 1));
		date("end", LocalDate.of(2027, 6, 30));
		type("hashtags", "#RadwocheST");
		this.browser.submitByKeyboard(button("Kampagne anlegen"));
		assertThat(main()).contains("Die Kampagne ist angelegt.", campaign, "#RadwocheST");
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

		keepsHerChannels("@kreis_" + title.substring(title.length() - 6));
		this.browser.driver().get(APP + group);
		follow(campaign);
		plansAndPublishesHerPost();
		assertThat(this.browser.requestsLeaving(APP)).isEmpty();
	}

	/**
	 * The member changes a channel of the Kreis Steinfurt and adds one in the first empty
	 * row; the municipality's page confirms it and shows both in the history, and the
	 * regional overview counts the new channel.
	 */
	private void keepsHerChannels(String handle) throws IOException {
		this.browser.driver().get(APP + "/kommunen/kreis-steinfurt");
		follow("Kanäle bearbeiten");
		accessible("channel form");
		type("channels[0].rhythm", "3 Beiträge pro Woche");
		int spare = 0;
		while (!new Select(this.browser.driver().findElement(By.id("channels[" + spare + "].platform")))
			.getFirstSelectedOption()
			.getDomProperty("value")
			.isEmpty()) {
			spare++;
		}
		this.browser.driver().findElement(By.id("channels[" + spare + "].platform")).sendKeys("Mastodon");
		type("channels[" + spare + "].url", "https://social.example/" + handle);
		type("channels[" + spare + "].handle", handle);
		this.browser.submitByKeyboard(button("Kanäle speichern"));
		assertThat(this.browser.driver().findElement(By.id("meldung")).getText())
			.contains("Die Kanäle sind gespeichert.");
		assertThat(this.browser.driver().findElement(By.cssSelector(".channel-history")).getText())
			.contains("Mastodon (" + handle + ") hinzugefügt", "Instagram (@kreissteinfurt): Angaben geändert");
		assertThat(main()).contains("3 Beiträge pro Woche", handle);
		accessible("municipality page with its channel history");

		this.browser.driver().get(APP + "/kommunen/kanaele");
		List<String> platforms = this.browser.driver()
			.findElements(By.cssSelector("table.channel-table thead th"))
			.stream()
			.map(WebElement::getText)
			.toList();
		List<WebElement> steinfurt = this.browser.driver()
			.findElements(By
				.xpath("//table[contains(@class,'channel-table')]//tr[th/a[normalize-space()='Kreis Steinfurt']]/td"));
		assertThat(steinfurt.get(platforms.indexOf("Mastodon") - 1).getText()).containsIgnoringCase("aktiv");
		accessible("channel overview with its table and chart");
	}

	/**
	 * On the group's campaign, the member opts her municipality in, plans a post in her
	 * own words and marks it published with the post's address.
	 */
	private void plansAndPublishesHerPost() throws IOException {
		this.browser.submitByKeyboard(button("Meine Kommune macht mit"));
		assertThat(main()).contains("Ihre Kommune macht bei der Kampagne mit.",
				"Ihre Kommune macht bei dieser Kampagne mit.");
		assertThat(
				this.browser.driver().findElements(By.xpath("//button[normalize-space()='Meine Kommune macht mit']")))
			.isEmpty();
		date("datum", LocalDate.of(2027, 6, 3));
		this.browser.driver().findElement(By.id("kanal")).sendKeys("Instagram");
		type("text", "Der Kreis Steinfurt radelt mit: Wir zeigen unsere schönsten Radwege im Münsterland.");
		this.browser.submitByKeyboard(button("Beitrag planen"));
		assertThat(main()).contains("Der Beitrag steht im Plan.", "Wir zeigen unsere schönsten Radwege");
		this.browser.driver()
			.findElement(By.cssSelector("input[id^='adresse-']"))
			.sendKeys("https://www.instagram.com/p/radwoche-kreis-steinfurt/");
		this.browser.submitByKeyboard(button("Als veröffentlicht markieren"));
		assertThat(main()).contains("Gespeichert.");
		assertThat(this.browser.driver().findElement(By.linkText("veröffentlicht")).getDomAttribute("href"))
			.isEqualTo("https://www.instagram.com/p/radwoche-kreis-steinfurt/");
		accessible("campaign page with the plan");
	}

	/**
	 * Types a day into a date field by keyboard, in the order the browser's language
	 * shows it (day first, month first, or year first), checked by the value the field
	 * then has.
	 */
	private void date(String id, LocalDate day) {
		WebElement field = this.browser.driver().findElement(By.id(id));
		String dd = String.format("%02d", day.getDayOfMonth());
		String mm = String.format("%02d", day.getMonthValue());
		String yyyy = String.valueOf(day.getYear());
		for (String typed : List.of(dd + "." + mm + "." + yyyy, mm + "/" + dd + "/" + yyyy,
				yyyy + "-" + mm + "-" + dd)) {
			field.clear();
			field.sendKeys(typed);
			if (day.toString().equals(field.getDomProperty("value"))) {
				return;
			}
		}
		throw new AssertionError("The date field " + id + " took none of the orders of " + day);
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
