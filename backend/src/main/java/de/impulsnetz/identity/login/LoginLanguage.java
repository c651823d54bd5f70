package de.impulsnetz.identity.login;

import java.util.Locale;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Keycloak's pages speak the language of the page the login started from: the login's
 * authorization requests carry it as {@code ui_locales} (OpenID Connect Core 3.1.2.1),
 * which Keycloak prefers to the browser's {@code Accept-Language} and its own language
 * cookie. So a reader of the German site logs in in German whatever the browser prefers,
 * and a reader who chose English in English. The logout at Keycloak carries it too
 * (OpenID Connect RP-Initiated Logout 1.0, section 2), for any page Keycloak shows there.
 */
public final class LoginLanguage {

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
	public static OAuth2AuthorizationRequest withLanguage(ServerWebExchange exchange,
			OAuth2AuthorizationRequest request) {
		return OAuth2AuthorizationRequest.from(request)
			.additionalParameters((parameters) -> parameters.put(PARAMETER, language(exchange)))
			.build();
	}

	/**
	 * Redirects to Keycloak's logout with the page's language added.
	 */
	public static ServerRedirectStrategy logoutWithLanguage() {
		DefaultServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();
		return (exchange, location) -> redirects.sendRedirect(exchange,
				UriComponentsBuilder.fromUri(location)
					.replaceQueryParam(PARAMETER, language(exchange))
					.build(true)
					.toUri());
	}

}
