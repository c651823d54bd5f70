package de.impulsnetz.practice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A practice as a Markdown file with the front matter of {@code content/praxis}: what the
 * export offers for download, what importing that file gives back, and the text that
 * versions are compared on.
 */
public final class PracticeMarkdown {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		// "12.400" followers must stay text, not become the number 12.4.
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.build();

	private PracticeMarkdown() {
	}

	/**
	 * @param published the date of first publication; {@code null} for a case that was
	 * never published
	 */
	public static String of(PracticeContent content, @Nullable LocalDate published) {
		Map<String, Object> matter = new LinkedHashMap<>();
		matter.put("title", content.title());
		matter.put("teaser", content.teaser());
		matter.put("municipalities", content.municipalities());
		matter.put("channels", content.channels().stream().map(Enum::name).toList());
		matter.put("topics", content.topics());
		matter.put("institutionKind", content.institutionKind().name());
		if (published != null) {
			matter.put("published", published.toString());
		}
		if (content.contact() != null) {
			matter.put("contact", withoutNulls("name", content.contact().name(), "role", content.contact().role()));
		}
		Effort effort = content.effort();
		if (effort != null && !effort.isEmpty()) {
			matter.put("effort", withoutNulls("people", effort.people(), "hoursPerWeek", effort.hoursPerWeek(),
					"budget", effort.budget()));
		}
		if (!content.results().isEmpty()) {
			matter.put("results",
					content.results()
						.stream()
						.map((figure) -> withoutNulls("value", figure.value(), "label", figure.label(), "asOf",
								(figure.asOf() != null) ? figure.asOf().toString() : null))
						.toList());
		}
		if (!content.links().isEmpty()) {
			matter.put("links",
					content.links()
						.stream()
						.map((link) -> withoutNulls("title", link.title(), "url", link.url()))
						.toList());
		}
		String body = content.body().endsWith("\n") ? content.body() : content.body() + "\n";
		return "---\n" + YAML.writeValueAsString(matter) + "---\n" + body;
	}

	/**
	 * The text that versions are compared on, line by line.
	 */
	public static List<String> lines(PracticeContent content) {
		return of(content, null).lines().toList();
	}

	private static Map<String, Object> withoutNulls(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				map.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return map;
	}

}
