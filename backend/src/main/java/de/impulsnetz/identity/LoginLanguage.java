package de.impulsnetz.identity;

import java.util.Locale;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keycloak's pages speak the language of the page the login started from: the login's
 * authorization requests carry it as {@code ui_locales} (OpenID Connect Core 3.1.2.1),
 * which Keycloak prefers to the browser's {@code Accept-Language} and its own language
 * cookie. So a reader of the German site logs in in German whatever the browser prefers,
 * and a reader who chose English in English.
 */
final class LoginLanguage {

	static final String PARAMETER = "ui_locales";

	private LoginLanguage() {
	}

	/**
	 * The page's language as the site resolves it (the locale context resolver of the
	 * site module: German unless English was chosen).
	 */
	static String language(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return (locale != null && !locale.getLanguage().isEmpty()) ? locale.getLanguage() : "de";
	}

	/**
	 * The login's authorization request with the page's language.
	 */
	static OAuth2AuthorizationRequest withLanguage(ServerWebExchange exchange, OAuth2AuthorizationRequest request) {
		return OAuth2AuthorizationRequest.from(request)
			.additionalParameters((parameters) -> parameters.put(PARAMETER, language(exchange)))
			.build();
	}

}
