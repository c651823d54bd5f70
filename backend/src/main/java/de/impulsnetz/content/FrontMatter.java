package de.impulsnetz.content;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Binds the YAML front matter of a content file to the record a {@link ContentKind}
 * declares for it, strictly: unknown keys, wrong types and missing required keys are
 * reported with their line. The static helpers are for the records' compact constructors;
 * an {@link IllegalArgumentException} thrown there becomes the reason of the problem.
 */
public final class FrontMatter {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private FrontMatter() {
	}

	public static String required(@Nullable String value, String key) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + key + "' must not be empty");
		}
		return value;
	}

	public static <T> List<T> list(@Nullable List<T> values) {
		return (values != null) ? values : List.of();
	}

	public static <T> List<T> nonEmpty(@Nullable List<T> values, String key) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException("'" + key + "' needs at least one entry");
		}
		return values;
	}

	static <T extends Record> T bind(ContentFile file, ContentFile.Parts parts, Class<T> type) {
		if (parts.yaml().isBlank()) {
			throw new ContentProblem(file.path(), parts.firstYamlLine(), "front matter is empty");
		}
		try {
			JsonNode tree = YAML.readTree(parts.yaml());
			if (!tree.isObject()) {
				throw new ContentProblem(file.path(), parts.firstYamlLine(), "front matter must be 'key: value' lines");
			}
			rejectUnknownKeys(file, parts, tree, type);
			return YAML.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			throw new ContentProblem(file.path(), line(parts, ex), reason(ex));
		}
	}

	/**
	 * The line of a top-level or list-item key, if the front matter has it.
	 */
	static OptionalInt keyLine(ContentFile.Parts parts, String key) {
		Pattern keyPattern = Pattern.compile("^\\s*(-\\s+)?" + Pattern.quote(key) + "\\s*:.*");
		String[] lines = parts.yaml().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (keyPattern.matcher(lines[i]).matches()) {
				return OptionalInt.of(parts.firstYamlLine() + i);
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * Checked before binding: Jackson reports an unknown key of a record only after a
	 * missing required one, and a typo is the likelier mistake.
	 */
	private static void rejectUnknownKeys(ContentFile file, ContentFile.Parts parts, JsonNode tree, Class<?> type) {
		List<String> known = Arrays.stream(type.getRecordComponents()).map(FrontMatter::key).toList();
		for (Map.Entry<String, JsonNode> property : tree.properties()) {
			if (!known.contains(property.getKey())) {
				throw new ContentProblem(file.path(), keyLine(parts, property.getKey()).orElse(parts.firstYamlLine()),
						"unknown key '" + property.getKey() + "'; known keys: " + String.join(", ", known));
			}
		}
	}

	/**
	 * The key of a record component: its name, or the name {@link JsonProperty} gives it
	 * where the key is no Java name (e.g. {@code abstract}).
	 */
	private static String key(RecordComponent component) {
		JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
		return (renamed != null && !renamed.value().isEmpty()) ? renamed.value() : component.getName();
	}

	/**
	 * The line of the offending key where Jackson names one (it reports an unknown key of
	 * a record only at the end of the mapping), else the parser's location.
	 */
	private static int line(ContentFile.Parts parts, JacksonException ex) {
		String key = (ex instanceof UnrecognizedPropertyException unknown) ? unknown.getPropertyName()
				: lastPropertyName(ex);
		OptionalInt keyLine = (key != null) ? keyLine(parts, key) : OptionalInt.empty();
		if (keyLine.isPresent()) {
			return keyLine.getAsInt();
		}
		TokenStreamLocation location = ex.getLocation();
		return parts.firstYamlLine() + ((location != null && location.getLineNr() > 0) ? location.getLineNr() - 1 : 0);
	}

	private static @Nullable String lastPropertyName(JacksonException ex) {
		String name = null;
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				name = reference.getPropertyName();
			}
		}
		return name;
	}

	private static String reason(JacksonException ex) {
		if (ex instanceof ValueInstantiationException && ex.getCause() instanceof IllegalArgumentException invalid) {
			return invalid.getMessage();
		}
		String message = ex.getOriginalMessage();
		// Class names mean nothing to someone editing a Markdown file.
		return message.replaceAll("\\s*\\(class [^)]*\\)", "")
			.replaceAll("`?de\\.impulsnetz\\.(?:\\w+[.$])*(\\w+)`?", "$1");
	}

}
