package de.impulsnetz.identity.login;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login page asks Keycloak's discovery document once per short while, not once per
 * visitor: a counting stand-in for Keycloak sees one request for many page views.
 */
class LoginAvailabilityTests {

	@Test
	void manyLoginPagesCostOneRequestToKeycloak() {
		AtomicInteger requests = new AtomicInteger();
		DisposableServer keycloak = HttpServer.create()
			.port(0)
			.route((routes) -> routes.get("/realms/impulsnetz/.well-known/openid-configuration",
					(request, response) -> {
						requests.incrementAndGet();
						return response.sendString(Flux.just("{}"));
					}))
			.bindNow();
		try {
			LoginAvailability availability = new LoginAvailability(
					"http://localhost:" + keycloak.port() + "/realms/impulsnetz/.well-known/openid-configuration",
					Duration.ofMinutes(1));
			Boolean all = Flux.range(0, 20)
				.flatMap((visitor) -> availability.isAvailable())
				.all(Boolean::booleanValue)
				.block(Duration.ofSeconds(10));
			assertThat(all).isTrue();
			assertThat(requests).hasValue(1);
		}
		finally {
			keycloak.disposeNow();
		}
	}

	@Test
	void anUnreachableKeycloakIsReportedAndAskedAgainLater() {
		LoginAvailability availability = new LoginAvailability("http://localhost:1/nichts", Duration.ZERO);
		assertThat(availability.isAvailable().block(Duration.ofSeconds(10))).isFalse();
	}

}
