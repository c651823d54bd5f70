package de.impulsnetz.identity.login;

import de.impulsnetz.identity.SecurityConfiguration;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Asking for the password again before something that cannot be undone (deleting one's
 * account): Keycloak is asked to authenticate the member afresh ({@code prompt=login},
 * {@code max_age=0}), and the app believes it only if the ID token's {@code auth_time} is
 * at most {@link #RECENT} old.
 */
@Component
public class Reauthentication {

	/**
	 * How long ago the password may have been entered.
	 */
	public static final Duration RECENT = Duration.ofMinutes(5);

	/**
	 * Query parameter of the login address that asks Keycloak for a fresh login.
	 */
	static final String PARAMETER = "erneut";

	private static final URI LOGIN = URI
		.create("/oauth2/authorization/" + SecurityConfiguration.REGISTRATION + "?" + PARAMETER);

	private final ServerRequestCache requests = new WebSessionServerRequestCache();

	private final Clock clock;

	Reauthentication(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Whether the member of this request entered the password within {@link #RECENT};
	 * false for anonymous requests, API tokens and logins that name no time.
	 */
	public Mono<Boolean> isRecent() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter((authentication) -> authentication.getPrincipal() instanceof OidcUser)
			.map((authentication) -> isRecent(((OidcUser) authentication.getPrincipal()).getAuthenticatedAt()))
			.defaultIfEmpty(false);
	}

	private boolean isRecent(Instant authenticatedAt) {
		Instant now = this.clock.instant();
		return authenticatedAt != null && !authenticatedAt.isBefore(now.minus(RECENT))
				&& !authenticatedAt.isAfter(now.plus(Duration.ofMinutes(1)));
	}

	/**
	 * Starts the fresh login: remembers this page (a {@code GET}) to return to after it,
	 * and answers where to send the browser.
	 */
	public Mono<URI> start(ServerWebExchange exchange) {
		return this.requests.saveRequest(exchange).thenReturn(LOGIN);
	}

	/**
	 * The login's authorization request, asking Keycloak for a fresh login when the login
	 * address carries {@link #PARAMETER}.
	 */
	public static OAuth2AuthorizationRequest fresh(ServerWebExchange exchange, OAuth2AuthorizationRequest request) {
		if (!exchange.getRequest().getQueryParams().containsKey(PARAMETER)) {
			return request;
		}
		return OAuth2AuthorizationRequest.from(request).additionalParameters((parameters) -> {
			parameters.put("prompt", "login");
			parameters.put("max_age", "0");
		}).build();
	}

}
