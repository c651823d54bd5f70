package de.impulsnetz.identity.keycloak;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the app finds and uses Keycloak ({@code impulsnetz.keycloak.*}, environment
 * variables in the README).
 *
 * @param url base URL of Keycloak as browsers and the app reach it
 * @param clientId the web app's confidential OIDC client
 * @param apiAudience audience a bearer token needs for the JSON API (client scope of the
 * same name)
 */
@ConfigurationProperties("impulsnetz.keycloak")
public record KeycloakProperties(String url, String realm, String clientId, String clientSecret, String apiAudience,
		Admin admin, Provisioning provisioning, Local local) {

	public String issuer() {
		return this.url + "/realms/" + this.realm;
	}

	/**
	 * The account the app uses for the admin API: in development the master realm's
	 * bootstrap admin (username and password), in production a service account (client
	 * credentials) with the roles listed in the README.
	 */
	public record Admin(String realm, String clientId, @Nullable String clientSecret, @Nullable String username,
			@Nullable String password) {

	}

	/**
	 * @param appUrl the app's public base URL: redirect and logout URIs of the web client
	 * @param demoUsers create the demo users (dev run and tests only)
	 */
	public record Provisioning(boolean enabled, boolean demoUsers, String appUrl) {

	}

	/**
	 * A Keycloak the app starts itself (dev run only).
	 */
	public record Local(boolean enabled, Path home, int port, int managementPort, Duration startTimeout) {

	}

}
