package de.impulsnetz.identity;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.keycloak.KeycloakProperties;
import de.impulsnetz.shared.web.ApiProblems;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens of the API: a token must name the member it stands for ({@code sub},
 * which Keycloak sends only with the {@code basic} scope); without one the answer is a
 * German 401 problem detail, never a failure. Tokens are signed here with a key of the
 * test instead of Keycloak's; the real Keycloak is tested in AccountApiIT.
 */
@IntegrationTest
class ApiTokensTests {

	@Autowired
	KeycloakProperties keycloak;

	@Autowired
	ApiProblems problems;

	@Autowired
	ApplicationContext context;

	@Test
	void aSignedTokenWithoutSubjectNeverBecomesAnAuthenticationAndIsAGerman401() throws JOSEException {
		RSAKey key = new RSAKeyGenerator(2048).generate();
		JwtReactiveAuthenticationManager tokens = tokens(key);

		Authentication member = tokens
			.authenticate(new BearerTokenAuthenticationToken(token(key, "m-steinfurt", this.keycloak.clientId())))
			.block();
		assertThat(CurrentMember.of(member).id()).isEqualTo("m-steinfurt");

		assertThat(refusedProblem(tokens, token(key, null, this.keycloak.clientId()))).contains("„sub“")
			.contains("\"instance\":\"/api/v1/praxis\"");
	}

	@Test
	void aTokenIssuedToAClientTheOperatorDoesNotAllowIsAGerman401() throws JOSEException {
		RSAKey key = new RSAKeyGenerator(2048).generate();
		JwtReactiveAuthenticationManager tokens = tokens(key);
		assertThat(this.keycloak.apiClients()).containsExactly(this.keycloak.clientId());

		assertThat(refusedProblem(tokens, token(key, "m-steinfurt", "fremde-anwendung"))).contains("„azp“");
		assertThat(refusedProblem(tokens, token(key, "m-steinfurt", null))).contains("„azp“");
	}

	private JwtReactiveAuthenticationManager tokens(RSAKey key) throws JOSEException {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
		decoder.setJwtValidator(SecurityConfiguration.apiTokenValidator(this.keycloak));
		JwtReactiveAuthenticationManager tokens = new JwtReactiveAuthenticationManager(decoder);
		tokens.setJwtAuthenticationConverter(SecurityConfiguration::apiToken);
		return tokens;
	}

	/**
	 * The body of the German 401 the API answers to the token.
	 */
	private String refusedProblem(JwtReactiveAuthenticationManager tokens, String token) {
		AuthenticationException refused = null;
		try {
			tokens.authenticate(new BearerTokenAuthenticationToken(token)).block();
		}
		catch (AuthenticationException expected) {
			refused = expected;
		}
		assertThat(refused).isNotNull();
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/praxis"));
		SecurityConfiguration.unauthorized(this.problems).commence(exchange, refused).block();
		assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(401);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
		String body = exchange.getResponse().getBodyAsString().block();
		assertThat(body).contains("\"status\":401").contains("Anmeldung erforderlich");
		return body;
	}

	@Test
	void aTokenWithoutSubjectThatGotInAnywayNamesNoMember() {
		germanUnauthorizedProblem(new PageClient(this.context).anonymous()
			.mutateWith(SecurityMockServerConfigurers.mockJwt()
				.jwt((jwt) -> jwt.claims((claims) -> claims.remove("sub"))
					.claim("preferred_username", "client")
					.claim("organization", List.of("kreis-steinfurt"))
					.claim("roles", List.of("member"))))
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(Map.of("title", "Ohne Mitglied", "teaser", "Kurz.", "municipalities", List.of("kreis-steinfurt"),
					"channels", List.of("YOUTUBE"), "topics", List.of("Video"), "body", "Text"))
			.exchange()).jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("Zugriffstoken"));
	}

	@Test
	void anUnreadableTokenIsAGerman401() {
		germanUnauthorizedProblem(new PageClient(this.context).anonymous()
			.post()
			.uri("/api/v1/praxis")
			.header("Authorization", "Bearer kein.gueltiges.token")
			.bodyValue(Map.of("title", "x"))
			.exchange()).jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("Zugriffstoken"));
	}

	private static WebTestClient.BodyContentSpec germanUnauthorizedProblem(WebTestClient.ResponseSpec response) {
		return response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Anmeldung erforderlich")
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	private String token(RSAKey key, String subject, String client) throws JOSEException {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.keycloak.issuer())
			.audience(this.keycloak.apiAudience())
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.claim("preferred_username", "mia")
			.claim("roles", List.of("member"));
		if (subject != null) {
			claims.subject(subject);
		}
		if (client != null) {
			claims.claim("azp", client);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
