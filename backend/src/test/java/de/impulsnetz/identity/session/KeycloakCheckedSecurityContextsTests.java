package de.impulsnetz.identity.session;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import de.impulsnetz.identity.Role;
import de.impulsnetz.identity.session.MongoWebSessionStoreTests.MutableClock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rights that follow Keycloak: a logged-in session is checked again with the refresh
 * token once the interval has passed; Keycloak's answer (the new ID token) decides the
 * member's roles and municipality, a refusal ends the session, and an outage leaves it as
 * it is for a while.
 */
class KeycloakCheckedSecurityContextsTests {

	private static final Duration INTERVAL = Duration.ofMinutes(5);

	private static final Duration RETRY = Duration.ofSeconds(30);

	private static final ClientRegistration KEYCLOAK = ClientRegistration.withRegistrationId("keycloak")
		.clientId("impulsnetz-web")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
		.scope("openid")
		.authorizationUri("http://keycloak.test/auth")
		.tokenUri("http://keycloak.test/token")
		.jwkSetUri("http://keycloak.test/certs")
		.userNameAttributeName("preferred_username")
		.build();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));

	private final WebSessionServerOAuth2AuthorizedClientRepository clients = new WebSessionServerOAuth2AuthorizedClientRepository();

	private final MockWebSession session = new MockWebSession();

	private final AtomicInteger refreshes = new AtomicInteger();

	/**
	 * What Keycloak answers to the next refresh: the claims of the new ID token, or an
	 * error.
	 */
	private final AtomicReference<Object> keycloak = new AtomicReference<>();

	private final KeycloakCheckedSecurityContexts contexts = new KeycloakCheckedSecurityContexts(this.clients,
			new InMemoryReactiveClientRegistrationRepository(KEYCLOAK), (request) -> {
				this.refreshes.incrementAndGet();
				assertThat(request.getRefreshToken().getTokenValue()).isEqualTo("refresh-1");
				if (this.keycloak.get() instanceof Throwable error) {
					return Mono.error(error);
				}
				return Mono.just(OAuth2AccessTokenResponse.withToken("access-2")
					.tokenType(OAuth2AccessToken.TokenType.BEARER)
					.expiresIn(300)
					.refreshToken("refresh-2")
					.additionalParameters(Map.of("id_token", "id-token-2"))
					.build());
			}, (registration) -> (token) -> Mono.just(idToken(token, this.clock.instant())), (request) -> {
				// As at login: realm roles from the roles claim become authorities.
				Set<GrantedAuthority> authorities = new HashSet<>();
				Member.roles(request.getIdToken().getClaim("roles"))
					.forEach((role) -> authorities.add(role.authority()));
				return Mono.just(new DefaultOidcUser(authorities, request.getIdToken(), "preferred_username"));
			}, this.clock, new KeycloakCheckedSecurityContexts.Rhythm(INTERVAL, RETRY));

	@Test
	void leavesALoginAloneUntilTheIntervalHasPassed() {
		loggedInAsEditor(this.clock.instant().minus(INTERVAL).plusSeconds(1));

		SecurityContext context = this.contexts.load(request()).block();

		assertThat(member(context).has(Role.EDITOR)).isTrue();
		assertThat(this.refreshes).hasValue(0);
	}

	@Test
	void anEditorWhoseRoleWasRevokedInKeycloakWhileLoggedInLosesItAtTheNextCheck() {
		loggedInAsEditor(this.clock.instant().minus(INTERVAL));
		this.keycloak.set(claims(List.of("member"), List.of("kreis-minden-luebbecke")));
		String id = this.session.getId();

		SecurityContext context = this.contexts.load(request()).block();

		assertThat(this.refreshes).hasValue(1);
		assertThat(member(context).roles()).containsExactly(Role.MEMBER);
		assertThat(context.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.doesNotContain(Role.EDITOR.authority().getAuthority());
		// The session holds the new login and tokens, under the same id (the absolute
		// lifetime goes on from the login).
		assertThat(this.session.getId()).isEqualTo(id);
		assertThat(member((SecurityContext) this.session.getAttributes().get("SPRING_SECURITY_CONTEXT")).roles())
			.containsExactly(Role.MEMBER);
		OAuth2AuthorizedClient tokens = this.clients
			.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", context.getAuthentication(), request())
			.block();
		assertThat(tokens.getAccessToken().getTokenValue()).isEqualTo("access-2");
		assertThat(tokens.getRefreshToken().getTokenValue()).isEqualTo("refresh-2");
	}

	@Test
	void aMemberMovedToAnotherMunicipalityInKeycloakWritesForTheNewOneAfterTheCheck() {
		loggedInAsEditor(this.clock.instant().minus(INTERVAL));
		this.keycloak.set(claims(List.of("member", "editor"), List.of("stadt-altena")));

		SecurityContext context = this.contexts.load(request()).block();

		assertThat(member(context).municipality()).isEqualTo("stadt-altena");
		assertThat(member(context).belongsTo("kreis-minden-luebbecke")).isFalse();
	}

	@Test
	void endsTheSessionWhenKeycloakRefusesTheRefresh() {
		loggedInAsEditor(this.clock.instant().minus(INTERVAL));
		this.keycloak.set(new OAuth2AuthorizationException(new OAuth2Error("invalid_grant", "User disabled", null)));

		SecurityContext context = this.contexts.load(request()).block();

		assertThat(context).isNull();
		assertThat(this.session.getAttributes()).isEmpty();
		assertThat(this.session.isExpired()).isTrue();
	}

	@Test
	void endsALoginWhoseTokensTheSessionDoesNotHold() {
		loggedInAsEditor(this.clock.instant().minus(INTERVAL));
		this.session.getAttributes().clear();
		this.session.getAttributes()
			.put("SPRING_SECURITY_CONTEXT", context(editor(this.clock.instant().minus(INTERVAL))));

		assertThat(this.contexts.load(request()).block()).isNull();
		assertThat(this.refreshes).hasValue(0);
	}

	@Test
	void keepsTheSessionWhileKeycloakIsUnreachableAndAsksAgainAfterTheRetry() {
		loggedInAsEditor(this.clock.instant().minus(INTERVAL));
		this.keycloak.set(new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response"),
				new ConnectException("Connection refused")));

		assertThat(member(this.contexts.load(request()).block()).has(Role.EDITOR)).isTrue();
		assertThat(this.refreshes).hasValue(1);

		this.clock.advance(RETRY.minusSeconds(1));
		assertThat(member(this.contexts.load(request()).block()).has(Role.EDITOR)).isTrue();
		assertThat(this.refreshes).hasValue(1);

		this.clock.advance(Duration.ofSeconds(1));
		this.keycloak.set(claims(List.of("member"), List.of("kreis-minden-luebbecke")));
		assertThat(member(this.contexts.load(request()).block()).has(Role.EDITOR)).isFalse();
		assertThat(this.refreshes).hasValue(2);
	}

	@Test
	void asksKeycloakOncePerRequestHoweverOftenTheRequestAsksWhoIsLoggedIn() {
		loggedInAsEditor(this.clock.instant().minus(INTERVAL));
		this.keycloak.set(claims(List.of("member"), List.of("kreis-minden-luebbecke")));
		ServerWebExchange request = request();

		this.contexts.load(request).block();
		this.contexts.load(request).block();

		assertThat(this.refreshes).hasValue(1);
	}

	@Test
	void endsTheLoginWhenKeycloakAnswersForSomeoneElse() {
		loggedInAsEditor(this.clock.instant().minus(INTERVAL));
		Map<String, Object> someoneElse = claims(List.of("member"), List.of("stadt-altena"));
		someoneElse.put("sub", "someone-else");
		this.keycloak.set(someoneElse);

		assertThat(this.contexts.load(request()).block()).isNull();
	}

	private void loggedInAsEditor(Instant checkedAt) {
		SecurityContext context = context(editor(checkedAt));
		this.session.getAttributes().put("SPRING_SECURITY_CONTEXT", context);
		OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-1", checkedAt,
				checkedAt.plusSeconds(300));
		this.clients
			.saveAuthorizedClient(new OAuth2AuthorizedClient(KEYCLOAK, "rita", access,
					new OAuth2RefreshToken("refresh-1", checkedAt)), context.getAuthentication(), request())
			.block();
	}

	private static OAuth2AuthenticationToken editor(Instant issuedAt) {
		OidcIdToken token = new OidcIdToken("id-token-1", issuedAt, issuedAt.plusSeconds(300),
				claims(List.of("member", "editor"), List.of("kreis-minden-luebbecke")));
		Set<GrantedAuthority> authorities = Set.of(Role.MEMBER.authority(), Role.EDITOR.authority());
		return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "preferred_username"), authorities,
				"keycloak");
	}

	private static SecurityContext context(OAuth2AuthenticationToken login) {
		return new SecurityContextImpl(login);
	}

	private static Map<String, Object> claims(List<String> roles, List<String> organization) {
		Map<String, Object> claims = new HashMap<>();
		claims.put("sub", "m-rita");
		claims.put("preferred_username", "rita");
		claims.put("name", "Rita Redaktion");
		claims.put("roles", roles);
		claims.put("organization", organization);
		return claims;
	}

	@SuppressWarnings("unchecked")
	private Jwt idToken(String value, Instant now) {
		return Jwt.withTokenValue(value)
			.header("alg", "RS256")
			.claims((claims) -> claims.putAll((Map<String, Object>) this.keycloak.get()))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
	}

	private ServerWebExchange request() {
		return MockServerWebExchange.builder(MockServerHttpRequest.get("/konto")).session(this.session).build();
	}

	private static Member member(SecurityContext context) {
		return CurrentMember.of(context.getAuthentication());
	}

}
