package de.impulsnetz.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoderFactory;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * The web login's security context, kept in the session and checked against Keycloak
 * again at most every {@code impulsnetz.session.rights-refresh}: with the refresh token
 * of the login, Keycloak issues a new ID token, and roles and municipality are read from
 * it (and from the user info) as at login. So a revoked role or a member moved out of her
 * municipality takes effect within minutes, not at the next login.
 * <p>
 * When Keycloak refuses ({@code invalid_grant}: user disabled, session ended, refresh
 * token expired) the session ends and the person is anonymous again. When Keycloak cannot
 * be reached the session goes on as it is and the check is tried again after
 * {@code impulsnetz.session.rights-retry}: an outage of Keycloak must not log everybody
 * out.
 */
public class KeycloakCheckedSecurityContexts implements ServerSecurityContextRepository {

	/**
	 * Session attribute: no check before this instant (Keycloak was unreachable).
	 */
	static final String RETRY_AT = KeycloakCheckedSecurityContexts.class.getName() + ".RETRY_AT";

	/**
	 * A Keycloak that hangs counts as unreachable.
	 */
	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

	private static final String LOADED = KeycloakCheckedSecurityContexts.class.getName() + ".LOADED";

	private static final Log logger = LogFactory.getLog(KeycloakCheckedSecurityContexts.class);

	private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

	private final ServerOAuth2AuthorizedClientRepository clients;

	private final ReactiveClientRegistrationRepository registrations;

	private final ReactiveOAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> tokens;

	private final ReactiveJwtDecoderFactory<ClientRegistration> idTokens;

	private final ReactiveOAuth2UserService<OidcUserRequest, OidcUser> users;

	private final Clock clock;

	private final Rhythm rhythm;

	/**
	 * Checks under way, by session id: the requests a page sends at once share one.
	 */
	private final Map<String, Mono<Check>> running = new ConcurrentHashMap<>();

	public KeycloakCheckedSecurityContexts(ServerOAuth2AuthorizedClientRepository clients,
			ReactiveClientRegistrationRepository registrations,
			ReactiveOAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> tokens,
			ReactiveJwtDecoderFactory<ClientRegistration> idTokens,
			ReactiveOAuth2UserService<OidcUserRequest, OidcUser> users, Clock clock, Rhythm rhythm) {
		this.clients = clients;
		this.registrations = registrations;
		this.tokens = tokens;
		this.idTokens = idTokens;
		this.users = users;
		this.clock = clock;
		this.rhythm = rhythm;
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, @Nullable SecurityContext context) {
		exchange.getAttributes().remove(LOADED);
		return this.sessions.save(exchange, context);
	}

	@Override
	@SuppressWarnings("unchecked")
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		// Loaded once per request, however many parts of it ask who is logged in.
		return (Mono<SecurityContext>) exchange.getAttributes()
			.computeIfAbsent(LOADED,
					(key) -> this.sessions.load(exchange).flatMap((context) -> checked(exchange, context)).cache());
	}

	private Mono<SecurityContext> checked(ServerWebExchange exchange, SecurityContext context) {
		if (!(context.getAuthentication() instanceof OAuth2AuthenticationToken login)
				|| !(login.getPrincipal() instanceof OidcUser user)) {
			return Mono.just(context);
		}
		Instant now = this.clock.instant();
		Instant checkedAt = user.getIdToken().getIssuedAt();
		if (checkedAt != null && checkedAt.plus(this.rhythm.interval()).isAfter(now)) {
			return Mono.just(context);
		}
		return exchange.getSession().flatMap((session) -> {
			Instant retryAt = session.getAttribute(RETRY_AT);
			if (retryAt != null && retryAt.isAfter(now)) {
				return Mono.just(context);
			}
			String id = session.getId();
			Mono<Check> check = this.running.computeIfAbsent(id,
					(key) -> check(exchange, login, user).doFinally((signal) -> this.running.remove(key)).cache());
			return check.flatMap((result) -> apply(result, exchange, session, context));
		});
	}

	/**
	 * Applies what the check found to the session of this request (each request of a page
	 * holds its own copy of the session).
	 */
	private Mono<SecurityContext> apply(Check result, ServerWebExchange exchange, WebSession session,
			SecurityContext context) {
		if (result.refreshed() != null && result.client() != null) {
			// Straight into the session: saving through the repository would change the
			// session id (as at login) and restart the absolute lifetime.
			SecurityContext refreshed = new SecurityContextImpl(result.refreshed());
			session.getAttributes()
				.put(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME, refreshed);
			session.getAttributes().remove(RETRY_AT);
			return this.clients.saveAuthorizedClient(result.client(), result.refreshed(), exchange)
				.thenReturn(refreshed);
		}
		if (result.ended()) {
			return session.invalidate().then(Mono.empty());
		}
		session.getAttributes().put(RETRY_AT, this.clock.instant().plus(this.rhythm.retry()));
		return Mono.just(context);
	}

	private Mono<Check> check(ServerWebExchange exchange, OAuth2AuthenticationToken login, OidcUser user) {
		String registrationId = login.getAuthorizedClientRegistrationId();
		return this.registrations.findByRegistrationId(registrationId)
			.zipWith(this.clients.<OAuth2AuthorizedClient>loadAuthorizedClient(registrationId, login, exchange))
			.flatMap((found) -> (found.getT2().getRefreshToken() != null)
					? refresh(found.getT1(), found.getT2(), login, user) : Mono.just(Check.END))
			// A login from before the tokens were kept in the session cannot be checked.
			.defaultIfEmpty(Check.END)
			.timeout(ANSWER_WITHIN)
			.onErrorResume((error) -> {
				if (error instanceof OAuth2AuthorizationException refused
						&& OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode())) {
					logger.info("Keycloak ended the login of " + user.getSubject() + ": "
							+ refused.getError().getDescription());
					return Mono.just(Check.END);
				}
				logger.warn("Could not check the login of " + user.getSubject() + " with Keycloak, trying again in "
						+ this.rhythm.retry() + ": " + error);
				return Mono.just(Check.UNREACHABLE);
			});
	}

	private Mono<Check> refresh(ClientRegistration registration, OAuth2AuthorizedClient client,
			OAuth2AuthenticationToken login, OidcUser user) {
		return this.tokens
			.getTokenResponse(
					new OAuth2RefreshTokenGrantRequest(registration, client.getAccessToken(), client.getRefreshToken()))
			.flatMap((response) -> {
				Object idToken = response.getAdditionalParameters().get(OidcParameterNames.ID_TOKEN);
				if (!(idToken instanceof String value)) {
					logger.warn("Keycloak refreshed the login of " + user.getSubject() + " without an ID token");
					return Mono.just(Check.END);
				}
				return this.idTokens.createDecoder(registration)
					.decode(value)
					.map((jwt) -> new OidcIdToken(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(),
							jwt.getClaims()))
					.flatMap((token) -> user.getSubject().equals(token.getSubject())
							? relogin(registration, client, login, response, token) : Mono.just(Check.END));
			});
	}

	private Mono<Check> relogin(ClientRegistration registration, OAuth2AuthorizedClient client,
			OAuth2AuthenticationToken login, OAuth2AccessTokenResponse response, OidcIdToken idToken) {
		return this.users
			.loadUser(new OidcUserRequest(registration, response.getAccessToken(), idToken,
					response.getAdditionalParameters()))
			.map((user) -> {
				OAuth2AuthenticationToken refreshed = new OAuth2AuthenticationToken(user, user.getAuthorities(),
						login.getAuthorizedClientRegistrationId());
				OAuth2AuthorizedClient tokens = new OAuth2AuthorizedClient(registration, client.getPrincipalName(),
						response.getAccessToken(),
						(response.getRefreshToken() != null) ? response.getRefreshToken() : client.getRefreshToken());
				return new Check(refreshed, tokens, false);
			});
	}

	/**
	 * What the check found: a new login, or that the login ended, or (neither) that
	 * Keycloak could not be asked.
	 */
	private record Check(@Nullable OAuth2AuthenticationToken refreshed, @Nullable OAuth2AuthorizedClient client,
			boolean ended) {

		static final Check END = new Check(null, null, true);

		static final Check UNREACHABLE = new Check(null, null, false);

	}

	/**
	 * How often a login is checked, and how soon again when Keycloak did not answer.
	 */
	public record Rhythm(Duration interval, Duration retry) {

	}

}
