package de.impulsnetz.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTests {

	/**
	 * Literal keys in #{...}; keys built from variables (#{|platform.${c}|}) are checked
	 * by the pages tests.
	 */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void englishBundleHasExactlyTheGermanKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages_de.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> keys = load("messages_de.properties").stringPropertyNames();
		Set<String> used = new HashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	@Test
	void everyEnumValueShownOnPagesHasALabel() throws IOException {
		Set<String> keys = load("messages_de.properties").stringPropertyNames();
		assertLabels(keys, "platform.", de.impulsnetz.municipality.Platform.values());
		assertLabels(keys, "municipality.kind.", de.impulsnetz.municipality.MunicipalityKind.values());
		assertLabels(keys, "event.kind.", de.impulsnetz.barcamp.EventKind.values());
		assertLabels(keys, "proposal.format.", de.impulsnetz.barcamp.ProposalFormat.values());
	}

	private static void assertLabels(Set<String> keys, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			assertThat(keys).contains(prefix + value.name());
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
