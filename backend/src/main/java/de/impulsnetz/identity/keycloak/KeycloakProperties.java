package de.impulsnetz.identity.keycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app finds and uses Keycloak ({@code impulsnetz.keycloak.*}, environment
 * variables in the README).
 *
 * @param url base URL of Keycloak as browsers and the app reach it
 * @param clientId the web app's confidential OIDC client
 * @param apiAudience audience a bearer token needs for the JSON API (client scope of the
 * same name)
 * @param apiClients the clients whose tokens may act for members in the JSON API (the
 * token's {@code azp}); a client granted the API scope by mistake gets no access
 * @param availabilityKeep how long the answer to "does Keycloak answer?" is kept before
 * the login page asks again
 */
@ConfigurationProperties("impulsnetz.keycloak")
public record KeycloakProperties(String url, String realm, String clientId, String clientSecret, String apiAudience,
		List<String> apiClients, Admin admin, Provisioning provisioning, Local local,
		@DefaultValue("10s") Duration availabilityKeep) {

	public KeycloakProperties {
		if (clientSecret == null || clientSecret.isBlank()) {
			// Only the dev run (profile dev) brings a secret of its own; a
			// deployment that forgot KEYCLOAK_CLIENT_SECRET must not start with an
			// empty one.
			throw new IllegalArgumentException(
					"Kein Client-Secret für Keycloak gesetzt: Setzen Sie KEYCLOAK_CLIENT_SECRET "
							+ "(impulsnetz.keycloak.client-secret). / No Keycloak client secret: set KEYCLOAK_CLIENT_SECRET.");
		}
		apiClients = (apiClients != null) ? List.copyOf(apiClients) : List.of(clientId);
	}

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
	 * @param appUrls the app's public base URLs (the first is the main one): redirect and
	 * logout URIs of the web client
	 * @param backChannelLogoutUrl where Keycloak tells the app that a login ended there
	 * (by default under {@code impulsnetz.public-url})
	 * @param demoUsers create the demo users (dev run and tests only)
	 * @param smtp the realm's mail server, which sends invitations; left alone when no
	 * host is set
	 * @param theme the realm's login and email theme (the project's {@code impulsnetz}
	 * theme, installed into Keycloak's {@code providers/}); empty: Keycloak's own
	 */
	public record Provisioning(boolean enabled, boolean demoUsers, List<String> appUrls, String backChannelLogoutUrl,
			Smtp smtp, @Nullable String theme) {

		public String appUrl() {
			return this.appUrls.get(0);
		}

		/**
		 * The theme the realm's login pages and mails should have; empty for Keycloak's
		 * own.
		 */
		public String realmTheme() {
			return (this.theme != null) ? this.theme.strip() : "";
		}

	}

	public record Smtp(@Nullable String host, int port, String from) {

	}

	/**
	 * A Keycloak the app starts itself (dev run only).
	 */
	public record Local(boolean enabled, Path home, int port, int managementPort, Duration startTimeout) {

	}

}
