package de.impulsnetz.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.impulsnetz.search.SearchHit;
import de.impulsnetz.shared.text.Labels;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.ClassMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
		Set<String> used = inTemplates(MESSAGE_KEY);
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	/**
	 * Every enum a page, mail or export names is read through {@code shared.text.Labels},
	 * and the keys of the old pattern ({@code platform.INSTAGRAM},
	 * {@code event.kind.BARCAMP}) are gone: a page that still built one would show
	 * {@code ??platform.X??}.
	 */
	@Test
	void everyEnumShownToPeopleIsNamedThroughLabelsAndTheOldKeysAreGone() throws IOException {
		for (String bundle : List.of("messages_de.properties", "messages_en.properties")) {
			Set<String> keys = load(bundle).stringPropertyNames();
			for (Class<?> type : SHOWN) {
				for (Object constant : type.getEnumConstants()) {
					assertThat(keys).as(bundle).contains(Labels.key((Enum<?>) constant));
				}
			}
			for (String old : OLD_PREFIXES) {
				assertThat(keys).as(bundle)
					.noneMatch((key) -> key.startsWith(old) && key.substring(old.length()).matches("[A-Z][A-Z0-9_]*"));
			}
		}
		// Templates build the key at run time (#{|enum.Platform.${c}|}): the type must be
		// one whose constants all have a label.
		Set<String> labelled = new HashSet<>();
		for (Class<?> type : SHOWN) {
			labelled.add(Labels.prefix(type));
		}
		Set<String> built = inTemplates(BUILT_ENUM_KEY);
		assertThat(built).contains("enum.Platform.", "enum.PracticeStatus.", "enum.RecordingJob.Status.");
		built.removeAll(List.of("enum.Equipment.", "enum.RegistrationStatus.", "enum.SearchKind."));
		assertThat(labelled).containsAll(built);
	}

	private static final Pattern BUILT_ENUM_KEY = Pattern.compile("#\\{\\|(enum\\.[A-Za-z.]+\\.)\\$\\{");

	private static final List<Class<?>> SHOWN = List.of(de.impulsnetz.municipality.Platform.class,
			de.impulsnetz.municipality.MunicipalityKind.class, de.impulsnetz.barcamp.EventKind.class,
			de.impulsnetz.barcamp.proposal.ProposalFormat.class, de.impulsnetz.practice.PracticeStatus.class,
			de.impulsnetz.talk.recording.RecordingJob.Status.class, de.impulsnetz.identity.Role.class,
			de.impulsnetz.barcamp.SlotKind.class, de.impulsnetz.barcamp.VotingMode.class,
			de.impulsnetz.talk.TalkState.class, de.impulsnetz.talk.publication.Licence.class,
			de.impulsnetz.talk.Visibility.class, de.impulsnetz.practice.watches.Watch.Kind.class,
			de.impulsnetz.shared.text.WordDiff.Line.Kind.class);

	private static final List<String> OLD_PREFIXES = List.of("platform.", "municipality.kind.", "event.kind.",
			"proposal.format.", "practice.status.", "talk.recording.status.", "role.", "barcamp.slot.",
			"barcamp.event.form.voting.", "talk.authoring.state.", "talk.authoring.licence.",
			"talk.authoring.visibility.", "account.export.watch.", "practice.compare.kind.");

	/**
	 * Keys built at run time: every kind of search result, and every enum named through
	 * {@code shared.text.Labels} ({@code enum.<Type>.<NAME>}) with all its constants, in
	 * both languages.
	 */
	@Test
	void everyEnumNamedThroughLabelsHasAllItsConstants() throws Exception {
		for (String bundle : List.of("messages_de.properties", "messages_en.properties")) {
			Set<String> keys = load(bundle).stringPropertyNames();
			for (de.impulsnetz.search.SearchKind kind : de.impulsnetz.search.SearchKind.values()) {
				SearchHit hit = new SearchHit(kind.id(), "k", "Titel", "/", "", Instant.EPOCH, 1, null);
				assertThat(keys).as(bundle).contains(hit.kindLabel(), Labels.key(kind));
			}
			List<Class<?>> labelled = new ArrayList<>();
			for (Class<?> type : projectEnums()) {
				if (keys.stream().anyMatch((key) -> key.startsWith(Labels.prefix(type)))) {
					labelled.add(type);
					for (Object constant : type.getEnumConstants()) {
						assertThat(keys).as(bundle).contains(Labels.key((Enum<?>) constant));
					}
				}
			}
			assertThat(labelled).as(bundle)
				.contains(de.impulsnetz.search.SearchKind.class, de.impulsnetz.barcamp.Equipment.class,
						de.impulsnetz.barcamp.registration.RegistrationStatus.class);
			assertThat(keys).as(bundle).contains("list.none", "list.last", "list.next");
			for (de.impulsnetz.barcamp.Equipment equipment : de.impulsnetz.barcamp.Equipment.values()) {
				assertThat(keys).as(bundle).contains(Labels.key(equipment) + Labels.INDEFINITE);
			}
		}
	}

	/**
	 * Counts and plurals use choice formats: each message with arguments must be one that
	 * {@link MessageFormat} reads, in both languages.
	 */
	@Test
	void everyMessageWithArgumentsIsAValidMessageFormat() throws IOException {
		for (String bundle : List.of("messages_de.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (message.contains("{")) {
					assertThatCode(() -> new MessageFormat(message, Locale.GERMAN)).as(bundle + " " + key)
						.doesNotThrowAnyException();
				}
			}
		}
	}

	/**
	 * What the pattern's first group finds in all templates.
	 */
	private static Set<String> inTemplates(Pattern pattern) throws IOException {
		Set<String> found = new HashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(template));
				while (matcher.find()) {
					found.add(matcher.group(1));
				}
			}
		}
		return found;
	}

	private static List<Class<?>> projectEnums() throws Exception {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		List<Class<?>> enums = new ArrayList<>();
		for (Resource resource : resolver.getResources("classpath*:de/impulsnetz/**/*.class")) {
			ClassMetadata type = readers.getMetadataReader(resource).getClassMetadata();
			if ("java.lang.Enum".equals(type.getSuperClassName())) {
				enums.add(Class.forName(type.getClassName()));
			}
		}
		return enums;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
