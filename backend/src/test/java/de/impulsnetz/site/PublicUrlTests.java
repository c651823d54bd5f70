package de.impulsnetz.site;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One setting for the site's public address, {@code IMPULSNETZ_PUBLIC_URL}; the old name
 * {@code IMPULSNETZ_BASE_URL} still works where the new one is not set, and Keycloak
 * provisioning registers the same address.
 */
class PublicUrlTests {

	@Test
	void thePublicUrlWins() throws IOException {
		StandardEnvironment environment = environment(Map.of("IMPULSNETZ_PUBLIC_URL", "https://impulse.example",
				"IMPULSNETZ_BASE_URL", "https://alt.example"));
		assertThat(environment.getProperty("impulsnetz.public-url")).isEqualTo("https://impulse.example");
		assertThat(environment.getProperty("impulsnetz.keycloak.provisioning.app-urls"))
			.isEqualTo("https://impulse.example");
	}

	@Test
	void theOldNameStillWorksAlone() throws IOException {
		StandardEnvironment environment = environment(Map.of("IMPULSNETZ_BASE_URL", "https://alt.example"));
		assertThat(environment.getProperty("impulsnetz.public-url")).isEqualTo("https://alt.example");
		assertThat(environment.getProperty("impulsnetz.keycloak.provisioning.app-urls"))
			.isEqualTo("https://alt.example");
	}

	@Test
	void withoutEitherItIsTheLocalAddress() throws IOException {
		assertThat(environment(Map.of()).getProperty("impulsnetz.public-url")).isEqualTo("http://localhost:8080");
	}

	private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		return environment;
	}

}
