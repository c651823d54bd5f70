package de.impulsnetz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Debian Chromium for browser tests, with axe-core and a record of every request
 * the browser made. Without a browser the tests are skipped locally and fail in CI
 * ({@code CI=true}).
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

	private static final String AXE_RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			  resultTypes: ['violations'] })
			  .then((result) => done(JSON.stringify(result.violations.map((v) => ({
			    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary)
			  })))))
			  .catch((error) => done('axe failed: ' + error));
			""";

	private final ChromeDriver driver;

	private final Path userDataDir;

	private final JsonMapper json = JsonMapper.builder().build();

	private Browser(ChromeDriver driver, Path userDataDir) {
		this.driver = driver;
		this.userDataDir = userDataDir;
	}

	public static Browser start() throws IOException {
		return start(null);
	}

	/**
	 * A browser whose user prefers the given languages (its {@code Accept-Language}, e.g.
	 * {@code en-US,en}).
	 */
	public static Browser preferring(String languages) throws IOException {
		return start(languages);
	}

	private static Browser start(String languages) throws IOException {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: apt-get install -y chromium chromium-driver");
		}
		Assumptions.assumeTrue(available, "Chromium not installed: apt-get install -y chromium chromium-driver");
		Path userDataDir = Files.createTempDirectory("impulsnetz-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--disable-default-apps", "--window-size=1280,1024",
				"--user-data-dir=" + userDataDir);
		if (languages != null) {
			options.addArguments("--lang=" + languages.split(",")[0]);
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
		}
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return new Browser(driver, userDataDir);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * The axe-core WCAG 2.1 A/AA violations of the current page, as readable lines.
	 */
	public List<String> accessibilityViolations() throws IOException {
		// Once per page: a second look at the same page (e.g. at phone width) reuses it.
		if (!Boolean.TRUE.equals(this.driver.executeScript("return typeof window.axe !== 'undefined';"))) {
			this.driver.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
		}
		Object result = this.driver.executeAsyncScript(AXE_RUN);
		String text = String.valueOf(result);
		if (text.startsWith("axe failed")) {
			throw new IllegalStateException(text);
		}
		List<String> violations = new ArrayList<>();
		for (JsonNode violation : this.json.readTree(text)) {
			violations.add(violation.toString());
		}
		return violations;
	}

	/**
	 * What the page asked of other origins since the last look; must be empty. data: URIs
	 * are no requests, and chrome: and about: URLs are the browser's own pages (the new
	 * tab a fresh window opens with), never the network.
	 */
	public List<String> requestsLeaving(String origin) {
		return requestedUrls().stream()
			.filter((url) -> !url.startsWith(origin + "/") && !url.startsWith("data:") && !url.startsWith("chrome:")
					&& !url.startsWith("about:"))
			.toList();
	}

	/**
	 * URLs of all requests the browser sent since the last call (navigation, styles,
	 * fonts, images, scripts, fetches), from Chromium's DevTools network log.
	 */
	public List<String> requestedUrls() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : this.driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = this.json.readTree(entry.getMessage()).path("message");
			if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
				urls.add(message.path("params").path("request").path("url").asString());
			}
		}
		return urls;
	}

	/**
	 * Logs in through the app's "Anmelden" link and Keycloak's identity-first pages (user
	 * name, then password); ends back on the app.
	 */
	public void login(String appUrl, String username, String password) {
		this.driver.get(appUrl + "/anmelden");
		signInAtKeycloak(appUrl, username, password);
	}

	/**
	 * Fills in Keycloak's identity-first pages after a login link was followed; ends back
	 * on the app.
	 */
	public void signInAtKeycloak(String appUrl, String username, String password) {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		try {
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
			this.driver.findElement(By.id("kc-login")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
			this.driver.findElement(By.id("kc-login")).click();
			wait.until(ExpectedConditions.urlMatches("^" + appUrl.replace(".", "\\.") + "/.*"));
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			String where = this.driver.getCurrentUrl() + " \"" + this.driver.getTitle() + "\"";
			try {
				screenshot(Path.of("target/screenshots/login-failed-" + username + ".png"));
			}
			catch (IOException ignored) {
				// the message is what matters
			}
			throw new IllegalStateException("Login as " + username + " stuck at " + where, ex);
		}
	}

	/**
	 * Logs out with the header's button; ends back on the app.
	 */
	public void logout(String appUrl) {
		click(this.driver.findElement(By.cssSelector(".site-account__logout button")));
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("abgemeldet"));
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window, where nothing
	 * covers it.
	 */
	public void click(WebElement element) {
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			Object cover = this.driver.executeScript("const r = arguments[0].getBoundingClientRect();"
					+ " const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
					+ " return (e ? e.outerHTML.substring(0, 300) : 'nothing') + ' at ' + JSON.stringify(r) + ' viewport ' + window.innerWidth + 'x' + window.innerHeight;",
					element);
			try {
				screenshot(Path.of("target/screenshots/click-intercepted.png"));
			}
			catch (IOException ignored) {
				// the message below is what matters
			}
			throw new IllegalStateException("Click intercepted by " + cover, ex);
		}
	}

	/**
	 * Clicks a button that submits a form and waits until the next page has replaced this
	 * one.
	 */
	public void submit(WebElement button) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		click(button);
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until((driver) -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	/**
	 * Presses Enter on a focused button, as a keyboard user does, and waits for the next
	 * page.
	 */
	public void submitByKeyboard(WebElement button) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.executeScript(
				"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});" + " arguments[0].focus();",
				button);
		button.sendKeys(org.openqa.selenium.Keys.ENTER);
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until((driver) -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	/**
	 * Forgets every cookie of every site, so that the next test starts without a login in
	 * the app or in Keycloak.
	 */
	public void forgetCookies() {
		this.driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
		requestedUrls();
	}

	/**
	 * The app's session cookie, to call the app as the logged-in member from a test
	 * client.
	 */
	public String sessionCookie() {
		return this.driver.manage().getCookieNamed("IMPULSNETZ_SESSION").getValue();
	}

	/**
	 * Follows a login link by keyboard (focus, Enter) and signs in at Keycloak; ends back
	 * on the app, where the link said to return.
	 */
	public void loginByKeyboard(WebElement link, String appUrl, String username, String password) {
		this.driver.executeScript("arguments[0].focus();", link);
		link.sendKeys(org.openqa.selenium.Keys.ENTER);
		signInAtKeycloak(appUrl, username, password);
	}

	/**
	 * Runs a check at 320 CSS pixels, the width WCAG 1.4.10 asks pages to work at, in
	 * this window (no new browser, no reload), then restores the size.
	 */
	public void atPhoneWidth(Check check) throws IOException {
		org.openqa.selenium.Dimension desktop = this.driver.manage().window().getSize();
		try {
			this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
			check.run();
		}
		finally {
			this.driver.manage().window().setSize(desktop);
		}
	}

	/**
	 * A check run by {@link #atPhoneWidth}.
	 */
	public interface Check {

		void run() throws IOException;

	}

	/**
	 * Asserts what a person sees after an action: the page's message (the confirmation
	 * {@code #meldung} or the error summary, {@code [data-feedback]}) says the text, lies
	 * inside the viewport, and has the focus or sits in a live region, so a screen reader
	 * announces it.
	 */
	public void assertFeedbackInView(String text) {
		// Fonts arriving after the load may move it for a moment (js/feedback.js brings
		// it
		// back): judge what stays.
		AtomicReference<List<Object>> seen = new AtomicReference<>();
		try {
			Awaitility.await()
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(100))
				.atMost(Duration.ofSeconds(2))
				.until(() -> {
					seen.set(feedback());
					return seen.get() == null || Boolean.TRUE.equals(seen.get().get(1));
				});
		}
		catch (ConditionTimeoutException stillOutOfView) {
			// Judged below, with what was last seen.
		}
		List<Object> shown = seen.get();
		org.assertj.core.api.Assertions.assertThat(shown).as("a message on " + this.driver.getCurrentUrl()).isNotNull();
		org.assertj.core.api.Assertions.assertThat((String) shown.get(0)).contains(text);
		org.assertj.core.api.Assertions.assertThat((Boolean) shown.get(1))
			.as("\"%s\" inside the viewport (at %s)", text, shown.get(4))
			.isTrue();
		org.assertj.core.api.Assertions.assertThat((Boolean) shown.get(2) || (Boolean) shown.get(3))
			.as("\"%s\" focused or announced", text)
			.isTrue();
	}

	@SuppressWarnings("unchecked")
	private List<Object> feedback() {
		return (List<Object>) this.driver.executeScript("const m = document.querySelector('[data-feedback]');"
				+ " if (!m) { return null; }" + " const r = m.getBoundingClientRect();"
				+ " return [m.innerText, r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0,"
				+ " document.activeElement === m, m.closest('[role=status],[role=alert],[aria-live]') !== null,"
				+ " Math.round(r.top) + '..' + Math.round(r.bottom) + ' of ' + window.innerHeight];");
	}

	public Path screenshot(Path target) throws IOException {
		Files.createDirectories(target.getParent());
		return Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.userDataDir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
