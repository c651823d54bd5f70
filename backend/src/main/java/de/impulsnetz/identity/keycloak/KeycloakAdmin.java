package de.impulsnetz.identity.keycloak;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.ws.rs.client.Client;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The Keycloak admin API, through keycloak-admin-client. The client blocks, so every call
 * runs on the bounded elastic scheduler, never on the event loop.
 */
@Component
public class KeycloakAdmin implements DisposableBean {

	private final KeycloakProperties properties;

	private final Keycloak keycloak;

	KeycloakAdmin(KeycloakProperties properties) {
		this.properties = properties;
		KeycloakProperties.Admin admin = properties.admin();
		// Bounded waits: a Keycloak that hangs must not hold the threads of the app.
		Client http = new ResteasyClientBuilderImpl().connectTimeout(5, TimeUnit.SECONDS)
			.readTimeout(30, TimeUnit.SECONDS)
			.connectionPoolSize(20)
			.build();
		KeycloakBuilder builder = KeycloakBuilder.builder()
			.resteasyClient(http)
			.serverUrl(properties.url())
			.realm(admin.realm())
			.clientId(admin.clientId());
		if (StringUtils.hasText(admin.username())) {
			builder.grantType(OAuth2Constants.PASSWORD).username(admin.username()).password(admin.password());
			if (StringUtils.hasText(admin.clientSecret())) {
				builder.clientSecret(admin.clientSecret());
			}
		}
		else {
			builder.grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientSecret(admin.clientSecret());
		}
		this.keycloak = builder.build();
	}

	/**
	 * Runs a blocking call against the app's realm off the event loop.
	 */
	public <T> Mono<T> call(Function<RealmResource, T> call) {
		return Mono.fromCallable(() -> call.apply(realm())).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * The app's realm, for blocking use (start-up provisioning, already off the event
	 * loop).
	 */
	RealmResource realm() {
		return this.keycloak.realm(this.properties.realm());
	}

	Keycloak keycloak() {
		return this.keycloak;
	}

	@Override
	public void destroy() {
		this.keycloak.close();
	}

}
