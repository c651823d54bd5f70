package de.impulsnetz.identity.login;

import java.net.URI;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLanguageTests {

	private static final URI LOGOUT = URI
		.create("http://localhost:8180/realms/impulsnetz/protocol/openid-connect/logout"
				+ "?id_token_hint=abc.def.ghi&post_logout_redirect_uri=http://localhost:8080/?abgemeldet");

	@Test
	void theLogoutAtKeycloakCarriesThePagesLanguage() {
		assertThat(logoutIn(Locale.ENGLISH)).hasParameter("ui_locales", "en")
			.hasParameter("id_token_hint", "abc.def.ghi")
			.hasPath("/realms/impulsnetz/protocol/openid-connect/logout");
		assertThat(logoutIn(Locale.GERMAN)).hasParameter("ui_locales", "de");
	}

	private static URI logoutIn(Locale locale) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/abmelden").acceptLanguageAsLocales(locale));
		LoginLanguage.logoutWithLanguage().sendRedirect(exchange, LOGOUT).block();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FOUND);
		return exchange.getResponse().getHeaders().getLocation();
	}

}
