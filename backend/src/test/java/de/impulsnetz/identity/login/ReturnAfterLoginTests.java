package de.impulsnetz.identity.login;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.web.server.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the login returns to: the site's own pages only, never another site.
 */
class ReturnAfterLoginTests {

	private final ReturnAfterLogin returnAfterLogin = new ReturnAfterLogin();

	@ParameterizedTest
	@ValueSource(
			strings = { "/", "/praxis/videos-mit-eigenem-personal#fragen", "/veranstaltungen/barcamp-2026#anmeldung",
					"/praxis?kommune=kreis-steinfurt&seite=2", "/suche?q=Stra%C3%9Fe" })
	void acceptsTheSitesOwnRelativePaths(String address) {
		assertThat(ReturnAfterLogin.safe(address)).contains(address);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "praxis", "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
			"/praxis\\..\\..", "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "data:text/html,x",
			"/praxis\r\nLocation: https://evil.example", "/pra xis", "/praxis\t", " /praxis", "/%0d%0a\u0000",
			"/{slug}", "/praxis\u2028" })
	void refusesEverythingElse(String address) {
		assertThat(ReturnAfterLogin.safe(address)).isEmpty();
	}

	@Test
	void refusesMissingAndOverlongAddresses() {
		assertThat(ReturnAfterLogin.safe(null)).isEmpty();
		assertThat(ReturnAfterLogin.safe("/" + "a".repeat(3000))).isEmpty();
	}

	@Test
	void remembersAnAllowedPageAndLandsThereAfterTheLogin() {
		MockServerWebExchange login = exchange("/anmelden", new MockWebSession());
		assertThat(this.returnAfterLogin.remember(login, "/praxis/slug#fragen").block())
			.contains("/praxis/slug#fragen");

		MockServerWebExchange callback = exchange("/login/oauth2/code/keycloak", login.getSession().block());
		assertThat(landing(callback)).isEqualTo("/praxis/slug#fragen");
		assertThat(callback.getSession().block().getAttributes()).doesNotContainKey(ReturnAfterLogin.ATTRIBUTE);
	}

	@Test
	void aRefusedPageForgetsTheEarlierOneAndLandsOnTheStartPage() {
		MockWebSession session = new MockWebSession();
		this.returnAfterLogin.remember(exchange("/anmelden", session), "/praxis/slug").block();
		assertThat(this.returnAfterLogin.remember(exchange("/anmelden", session), "//evil.example/").block())
			.isEqualTo(Optional.empty());

		assertThat(landing(exchange("/login/oauth2/code/keycloak", session))).isEqualTo("/");
	}

	@Test
	void aTamperedSessionValueIsCheckedAgainBeforeTheRedirect() {
		MockWebSession session = new MockWebSession();
		session.getAttributes().put(ReturnAfterLogin.ATTRIBUTE, "https://evil.example/");
		assertThat(landing(exchange("/login/oauth2/code/keycloak", session))).isEqualTo("/");
	}

	@Test
	void withoutARememberedPageTheLoginReturnsToThePageThatAskedForIt() {
		MockWebSession session = new MockWebSession();
		session.getAttributes().put("SPRING_SECURITY_SAVED_REQUEST", "/konto");
		assertThat(landing(exchange("/login/oauth2/code/keycloak", session))).isEqualTo("/konto");
	}

	private String landing(MockServerWebExchange exchange) {
		this.returnAfterLogin
			.onAuthenticationSuccess(new WebFilterExchange(exchange, (ignored) -> Mono.empty()),
					new TestingAuthenticationToken("demo-mitglied", null, "ROLE_member"))
			.block();
		assertThat(exchange.getResponse().getStatusCode().is3xxRedirection()).isTrue();
		return exchange.getResponse().getHeaders().getLocation().toString();
	}

	private static MockServerWebExchange exchange(String path, WebSession session) {
		return MockServerWebExchange.builder(MockServerHttpRequest.get(path)).session(session).build();
	}

}
