package de.impulsnetz.identity.keycloak;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Outside the dev run nothing supplies a client secret: the app refuses to start without
 * one and says which variable is missing.
 */
class KeycloakPropertiesTests {

	private static final Map<String, String> SETTINGS = Map.of("impulsnetz.keycloak.url", "http://localhost:8180",
			"impulsnetz.keycloak.realm", "impulsnetz", "impulsnetz.keycloak.client-id", "impulsnetz-web",
			"impulsnetz.keycloak.api-audience", "impulsnetz-api");

	@Test
	void refusesToStartWithoutAClientSecret() {
		Map<String, String> withBlankSecret = new java.util.HashMap<>(SETTINGS);
		withBlankSecret.put("impulsnetz.keycloak.client-secret", " ");
		for (Map<String, String> settings : java.util.List.of(SETTINGS, withBlankSecret)) {
			assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(settings))
				.withRootCauseInstanceOf(IllegalArgumentException.class)
				.havingRootCause()
				.withMessageContaining("KEYCLOAK_CLIENT_SECRET")
				.withMessageContaining("Client-Secret");
		}
	}

	@Test
	void startsWithOneAndAllowsTheWebClientsTokensByDefault() {
		Map<String, String> settings = new java.util.HashMap<>(SETTINGS);
		settings.put("impulsnetz.keycloak.client-secret", "geheim");
		KeycloakProperties properties = bind(settings);
		assertThat(properties.clientSecret()).isEqualTo("geheim");
		assertThat(properties.apiClients()).containsExactly("impulsnetz-web");
	}

	@Test
	void theRealmGetsTheProjectsThemeUnlessTheSettingIsEmpty() {
		Map<String, String> settings = new java.util.HashMap<>(SETTINGS);
		settings.put("impulsnetz.keycloak.client-secret", "geheim");
		settings.put("impulsnetz.keycloak.provisioning.app-urls", "http://localhost:8080");
		settings.put("impulsnetz.keycloak.provisioning.theme", " impulsnetz ");
		assertThat(bind(settings).provisioning().realmTheme()).isEqualTo("impulsnetz");
		settings.put("impulsnetz.keycloak.provisioning.theme", "");
		assertThat(bind(settings).provisioning().realmTheme()).as("Keycloak's own theme").isEmpty();
		settings.remove("impulsnetz.keycloak.provisioning.theme");
		assertThat(bind(settings).provisioning().realmTheme()).isEmpty();
	}

	private static KeycloakProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("impulsnetz.keycloak",
				KeycloakProperties.class);
	}

}
