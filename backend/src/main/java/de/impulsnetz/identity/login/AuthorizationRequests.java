package de.impulsnetz.identity.login;

import java.util.function.BiFunction;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The login's authorization requests with what a login asks of Keycloak beyond the client
 * registration (the page's language: {@link LoginLanguage}; a fresh login:
 * {@link Reauthentication}), each decided in its own class.
 */
public final class AuthorizationRequests {

	private AuthorizationRequests() {
	}

	public static ServerOAuth2AuthorizationRequestResolver adjusted(ServerOAuth2AuthorizationRequestResolver resolver,
			BiFunction<ServerWebExchange, OAuth2AuthorizationRequest, OAuth2AuthorizationRequest> adjustment) {
		return new ServerOAuth2AuthorizationRequestResolver() {

			@Override
			public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
				return resolver.resolve(exchange).map((request) -> adjustment.apply(exchange, request));
			}

			@Override
			public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String registrationId) {
				return resolver.resolve(exchange, registrationId).map((request) -> adjustment.apply(exchange, request));
			}

		};
	}

}
