package de.impulsnetz.identity.login;

import java.time.Duration;

import de.impulsnetz.identity.keycloak.KeycloakProperties;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Whether Keycloak answers right now, so that "Anmelden" can say so plainly instead of
 * sending the member to a dead page. The answer is kept for a while
 * ({@code impulsnetz.keycloak.availability-keep}, 10 s): anonymous visitors of the login
 * page cost one request to Keycloak per instance in that time, and requests that arrive
 * while one is under way wait for it.
 */
@Component
public class LoginAvailability {

	private final Mono<Boolean> available;

	@Autowired
	LoginAvailability(KeycloakProperties keycloak) {
		this(keycloak.issuer() + "/.well-known/openid-configuration", keycloak.availabilityKeep());
	}

	LoginAvailability(String discovery, Duration keep) {
		this.available = WebClient.create()
			.get()
			.uri(discovery)
			.retrieve()
			.toBodilessEntity()
			.map((response) -> response.getStatusCode().is2xxSuccessful())
			.timeout(Duration.ofSeconds(3))
			.onErrorReturn(false)
			.cache(keep);
	}

	public Mono<Boolean> isAvailable() {
		return this.available;
	}

}
