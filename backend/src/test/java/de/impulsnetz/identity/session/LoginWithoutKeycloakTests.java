package de.impulsnetz.identity.session;

import de.impulsnetz.identity.login.ReturnAfterLogin;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login flow as far as it goes without Keycloak answering (the test profile points at
 * a Keycloak that is not running): the app starts, sends the browser off with PKCE, keeps
 * the session in a safe cookie, and protects members' pages.
 */
@IntegrationTest
class LoginWithoutKeycloakTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ApplicationContext context;

	@Autowired
	SessionConfiguration sessions;

	@Autowired
	ReturnAfterLogin returnAfterLogin;

	@Test
	void startsTheAuthorizationCodeFlowWithPkceAndTheOrganizationScope() {
		assertThat(authorizationRedirect("/oauth2/authorization/keycloak"))
			.startsWith("http://localhost:18180/realms/impulsnetz/protocol/openid-connect/auth?")
			.contains("response_type=code")
			.contains("code_challenge_method=S256")
			.contains("code_challenge=")
			.contains("scope=openid%20profile%20email%20organization");
	}

	@Test
	void asksKeycloakForThePasswordAgainWhenTheLoginMustBeFresh() {
		assertThat(authorizationRedirect("/oauth2/authorization/keycloak?erneut")).contains("prompt=login")
			.contains("max_age=0")
			.contains("code_challenge=");
		assertThat(authorizationRedirect("/oauth2/authorization/keycloak")).doesNotContain("prompt=")
			.doesNotContain("max_age");
	}

	@Test
	void asksKeycloakForThePagesLanguageWhateverTheBrowserPrefers() {
		assertThat(redirect(
				this.client.get().uri("/oauth2/authorization/keycloak").header("Accept-Language", "en-US,en;q=0.9")))
			.contains("ui_locales=de")
			.doesNotContain("ui_locales=en");
		assertThat(redirect(this.client.get().uri("/oauth2/authorization/keycloak").cookie("lang", "en")))
			.contains("ui_locales=en");
		assertThat(authorizationRedirect("/oauth2/authorization/keycloak?erneut")).contains("ui_locales=de")
			.contains("prompt=login");
	}

	@Test
	void keepsTheSessionInAnHttpOnlySameSiteCookieThatIsSecureBehindTls() {
		String plain = sessionCookie(false);
		assertThat(plain).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		String tls = sessionCookie(true);
		assertThat(tls).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Secure");
	}

	@Test
	void membersPagesSendAnonymousVisitorsToLogin() {
		this.client.get()
			.uri("/konto")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/anmelden");
	}

	@Test
	void saysPlainlyWhenTheLoginServiceIsDown() {
		String html = this.client.get()
			.uri("/anmelden")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("Die Anmeldung ist gerade nicht erreichbar").contains("Praxisbeispiele lesen");
	}

	@Test
	void loginLinksRememberThePageAndTheLoginReturnsThere() {
		String session = login("/praxis/stellenanzeigen-als-humorvolle-videos#fragen", null);
		MockServerWebExchange callback = MockServerWebExchange
			.builder(MockServerHttpRequest.get("/login/oauth2/code/keycloak"))
			.session(this.sessions.store().retrieveSession(session).block())
			.build();
		this.returnAfterLogin
			.onAuthenticationSuccess(new WebFilterExchange(callback, (ignored) -> Mono.empty()),
					new TestingAuthenticationToken("demo-mitglied", null, "ROLE_member"))
			.block();
		assertThat(callback.getResponse().getHeaders().getLocation())
			.hasToString("/praxis/stellenanzeigen-als-humorvolle-videos#fragen");
	}

	@Test
	void loginLinksToOtherSitesAreNotRemembered() {
		String session = login("/praxis", null);
		assertThat(this.sessions.store().retrieveSession(session).block().getAttributes())
			.containsEntry(ReturnAfterLogin.ATTRIBUTE, "/praxis");
		login("//evil.example/praxis", session);
		assertThat(this.sessions.store().retrieveSession(session).block().getAttributes())
			.doesNotContainKey(ReturnAfterLogin.ATTRIBUTE);
	}

	@Test
	void pagesOfferALoginThatReturnsToThem() {
		String html = new PageClient(this.context).get(null, "/praxis/stellenanzeigen-als-humorvolle-videos",
				HttpStatus.OK);
		assertThat(html).contains("href=\"/anmelden?zurueck=/praxis/stellenanzeigen-als-humorvolle-videos\"")
			.contains("href=\"/anmelden?zurueck=/praxis/stellenanzeigen-als-humorvolle-videos%23fragen\"")
			.contains("href=\"/anmelden?zurueck=/praxis/stellenanzeigen-als-humorvolle-videos%23rueckmeldung\"")
			.contains("Melden Sie sich an, um zu sagen, ob es Ihnen geholfen hat.");
		assertThat(new PageClient(this.context).get(null, "/suche?q=Video", HttpStatus.OK))
			.contains("href=\"/anmelden?zurueck=/suche?q%3DVideo\"");
	}

	@Test
	void writesNeedALoginAndACsrfToken() {
		this.client.post()
			.uri("/kommunen/neu")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(302, 303, 403));
		this.client.post()
			.uri("/konto/loeschen")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(302, 303, 403));
	}

	@Test
	void readersGetNoSession() {
		this.client.get()
			.uri("/praxis")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Set-Cookie");
	}

	/**
	 * Follows a login link naming the page, in the session given or a new one; answers
	 * the session's id.
	 */
	private String login(String returnTo, String session) {
		ResponseCookie cookie = this.client.get()
			.uri((uri) -> uri.path("/anmelden").queryParam("zurueck", "{page}").build(returnTo))
			.accept(MediaType.TEXT_HTML)
			.cookies((cookies) -> {
				if (session != null) {
					cookies.add("IMPULSNETZ_SESSION", session);
				}
			})
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("IMPULSNETZ_SESSION");
		return (session != null) ? session : cookie.getValue();
	}

	private String authorizationRedirect(String login) {
		return redirect(this.client.get().uri(login));
	}

	private static String redirect(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

	private String sessionCookie(boolean tls) {
		return this.client.get().uri("/oauth2/authorization/keycloak").headers((headers) -> {
			if (tls) {
				headers.set("X-Forwarded-Proto", "https");
			}
		})
			.exchange()
			.returnResult(Void.class)
			.getResponseHeaders()
			.get("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("IMPULSNETZ_SESSION="))
			.findFirst()
			.orElseThrow();
	}

}
