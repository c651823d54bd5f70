package de.impulsnetz.identity;

import java.time.Duration;

import de.impulsnetz.identity.keycloak.KeycloakProperties;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Whether Keycloak answers right now, so that "Anmelden" can say so plainly instead of
 * sending the member to a dead page.
 */
@Component
public class LoginAvailability {

	private final WebClient client;

	private final String discovery;

	LoginAvailability(KeycloakProperties keycloak) {
		this.client = WebClient.create();
		this.discovery = keycloak.issuer() + "/.well-known/openid-configuration";
	}

	public Mono<Boolean> isAvailable() {
		return this.client.get()
			.uri(this.discovery)
			.retrieve()
			.toBodilessEntity()
			.map((response) -> response.getStatusCode().is2xxSuccessful())
			.timeout(Duration.ofSeconds(3))
			.onErrorReturn(false);
	}

}
