package de.impulsnetz.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.impulsnetz.IntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.server.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's back-channel logout ends the sessions of the login it names, at once and
 * only those; anything but a logout token of our realm for our client ends nothing.
 */
@IntegrationTest
class BackChannelLogoutTests {

	private static final String ISSUER = "http://keycloak.test/realms/impulsnetz";

	private static final RSAKey KEY = key();

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	WebTestClient client;

	private MongoWebSessionStore store() {
		return new MongoWebSessionStore(this.mongo, Clock.systemUTC(),
				new MongoWebSessionStore.Lifetimes(Duration.ofHours(8), Duration.ofHours(12), Duration.ofMinutes(10)),
				getClass().getClassLoader());
	}

	@Test
	void endsTheSessionsOfTheKeycloakLoginAndNoOthers() {
		String member = "m-" + UUID.randomUUID();
		WebSession laptop = loggedIn(member, "sid-laptop");
		WebSession phone = loggedIn(member, "sid-phone");
		WebSession colleague = loggedIn("m-" + UUID.randomUUID(), "sid-laptop");

		StepVerifier.create(logout().logOut(token((claims) -> claims.subject(member).claim("sid", "sid-laptop"))))
			.expectNext(1L)
			.verifyComplete();

		assertThat(exists(laptop)).isFalse();
		assertThat(exists(phone)).isTrue();
		assertThat(exists(colleague)).isTrue();
	}

	@Test
	void endsEverySessionOfTheMemberWhenKeycloakNamesNoSession() {
		String member = "m-" + UUID.randomUUID();
		WebSession laptop = loggedIn(member, "sid-laptop");
		WebSession phone = loggedIn(member, "sid-phone");

		StepVerifier.create(logout().logOut(token((claims) -> claims.subject(member)))).expectNext(2L).verifyComplete();

		assertThat(exists(laptop)).isFalse();
		assertThat(exists(phone)).isFalse();
	}

	@Test
	void endsNothingForTokensThatAreNoLogoutTokensOfOurRealmForOurClient() {
		String member = "m-" + UUID.randomUUID();
		WebSession session = loggedIn(member, "sid");
		for (Consumer<JWTClaimsSet.Builder> wrong : java.util.List.<Consumer<JWTClaimsSet.Builder>>of(
				(claims) -> claims.issuer("http://elsewhere.test/realms/impulsnetz"),
				(claims) -> claims.audience("another-client"), (claims) -> claims.claim("events", Map.of()),
				(claims) -> claims.claim("nonce", "n"), (claims) -> claims.subject(null),
				(claims) -> claims.issueTime(null))) {
			StepVerifier.create(logout().logOut(token((claims) -> {
				claims.subject(member).claim("sid", "sid");
				wrong.accept(claims);
			}))).expectError(JwtValidationException.class).verify();
		}
		assertThat(exists(session)).isTrue();
	}

	@Test
	void keycloakReachesTheEndpointWithoutLoginOrCsrfTokenAndABadTokenIsRefused() {
		this.client.post()
			.uri(BackChannelLogout.PATH)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("logout_token", "not-a-token"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_request");
	}

	private BackChannelLogout logout() {
		NimbusReactiveJwtDecoder decoder;
		try {
			decoder = NimbusReactiveJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		decoder.setJwtValidator(BackChannelLogout.logoutTokenValidator(ISSUER, "impulsnetz-web"));
		return new BackChannelLogout(decoder, store());
	}

	private WebSession loggedIn(String member, String keycloakSession) {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", member, "preferred_username", member, "sid", keycloakSession));
		DefaultOidcUser user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("ROLE_MEMBER"), token,
				"preferred_username");
		WebSession session = store().createWebSession().block();
		session.getAttributes()
			.put("SPRING_SECURITY_CONTEXT",
					new SecurityContextImpl(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak")));
		session.save().block();
		return session;
	}

	private boolean exists(WebSession session) {
		return this.mongo.findById(session.getId(), StoredSession.class).blockOptional().isPresent();
	}

	/**
	 * A logout token as Keycloak sends it, changed as the test says.
	 */
	private static String token(Consumer<JWTClaimsSet.Builder> change) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience("impulsnetz-web")
			.issueTime(new Date())
			.jwtID(UUID.randomUUID().toString())
			.claim("events", Map.of(BackChannelLogout.EVENT, Map.of()));
		change.accept(claims);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(KEY));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey key() {
		try {
			return new RSAKeyGenerator(2048).keyID("test").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
