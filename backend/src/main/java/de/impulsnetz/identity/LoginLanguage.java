package de.impulsnetz.identity;

import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
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

	static ServerOAuth2AuthorizationRequestResolver resolver(ServerOAuth2AuthorizationRequestResolver resolver) {
		return new ServerOAuth2AuthorizationRequestResolver() {

			@Override
			public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
				return resolver.resolve(exchange).map((request) -> withLanguage(exchange, request));
			}

			@Override
			public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String registrationId) {
				return resolver.resolve(exchange, registrationId).map((request) -> withLanguage(exchange, request));
			}

		};
	}

	/**
	 * The page's language as the site resolves it (the locale context resolver of the
	 * site module: German unless English was chosen).
	 */
	static String language(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return (locale != null && !locale.getLanguage().isEmpty()) ? locale.getLanguage() : "de";
	}

	private static OAuth2AuthorizationRequest withLanguage(ServerWebExchange exchange,
			OAuth2AuthorizationRequest request) {
		return OAuth2AuthorizationRequest.from(request)
			.additionalParameters((parameters) -> parameters.put(PARAMETER, language(exchange)))
			.build();
	}

}
