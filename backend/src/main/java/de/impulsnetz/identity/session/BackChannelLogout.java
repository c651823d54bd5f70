package de.impulsnetz.identity.session;

import de.impulsnetz.identity.SecurityConfiguration;
import java.util.List;
import java.util.Map;

import de.impulsnetz.identity.keycloak.KeycloakProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Keycloak's back-channel logout (OpenID Connect Back-Channel Logout 1.0): when a login
 * ends in Keycloak (the member logs out elsewhere, an admin signs her out, the account is
 * disabled or deleted), Keycloak posts a signed logout token, and the app ends the
 * sessions of that login at once, on every instance, since they share MongoDB.
 */
@Component
public class BackChannelLogout {

	/**
	 * Where Keycloak posts logout tokens (the path Spring Security uses for this).
	 */
	public static final String PATH = "/logout/connect/back-channel/" + SecurityConfiguration.REGISTRATION;

	static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

	private static final Log logger = LogFactory.getLog(BackChannelLogout.class);

	private final ReactiveJwtDecoder logoutTokens;

	private final MongoWebSessionStore sessions;

	@Autowired
	BackChannelLogout(KeycloakProperties keycloak, SessionConfiguration sessions) {
		this(logoutTokenDecoder(keycloak), sessions.store());
	}

	BackChannelLogout(ReactiveJwtDecoder logoutTokens, MongoWebSessionStore sessions) {
		this.logoutTokens = logoutTokens;
		this.sessions = sessions;
	}

	/**
	 * Ends the sessions the logout token names.
	 * @return how many sessions ended; an error if the token is not a valid logout token
	 * of our realm for our client
	 */
	public Mono<Long> logOut(String logoutToken) {
		return this.logoutTokens.decode(logoutToken).flatMap((token) -> {
			String keycloakSession = token.getClaimAsString("sid");
			return this.sessions.removeKeycloakSession(token.getSubject(), keycloakSession)
				.doOnNext((ended) -> logger
					.info("Keycloak ended the login of " + token.getSubject() + ": " + ended + " session(s) ended"));
		});
	}

	private static ReactiveJwtDecoder logoutTokenDecoder(KeycloakProperties keycloak) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withJwkSetUri(keycloak.issuer() + "/protocol/openid-connect/certs")
			.build();
		decoder.setJwtValidator(logoutTokenValidator(keycloak.issuer(), keycloak.clientId()));
		return decoder;
	}

	/**
	 * What the specification asks of a logout token besides its signature: our realm, our
	 * client, issued at a known time, the logout event, a member ({@code sub}; we end no
	 * sessions by {@code sid} alone), and no {@code nonce} (so that no ID token passes as
	 * one).
	 */
	static OAuth2TokenValidator<Jwt> logoutTokenValidator(String issuer, String clientId) {
		return new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer), new JwtTimestampValidator(),
				(jwt) -> check(jwt.getAudience() != null && jwt.getAudience().contains(clientId),
						"The logout token is not meant for " + clientId),
				(jwt) -> check(jwt.getIssuedAt() != null, "The logout token names no time of issue (iat)"),
				(jwt) -> check(jwt.getClaim("events") instanceof Map<?, ?> events && events.containsKey(EVENT),
						"The token is no logout token (events)"),
				(jwt) -> check(StringUtils.hasText(jwt.getSubject()), "The logout token names no member (sub)"),
				(jwt) -> check(!jwt.hasClaim("nonce"), "A logout token carries no nonce"));
	}

	private static OAuth2TokenValidatorResult check(boolean valid, String description) {
		return valid ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult
			.failure(List.of(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null)));
	}

}
