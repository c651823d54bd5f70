package de.impulsnetz.practice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.content.ContentEntry;
import de.impulsnetz.content.ContentKind;
import de.impulsnetz.content.FrontMatter;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.municipality.MunicipalityFiles;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.springframework.stereotype.Component;

/**
 * A practice as a Markdown file with the front matter of {@code content/praxis}: the
 * files that the content import reads, what the export offers for download (and what
 * importing that download gives back), and the text that versions are compared on.
 */
@Component
public class PracticeFiles implements ContentKind {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		// "12.400" followers must stay text, not become the number 12.4.
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.build();

	private final PracticeCatalog catalog;

	PracticeFiles(PracticeCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String folder() {
		return "praxis";
	}

	@Override
	public int getOrder() {
		// After the municipalities the files name.
		return 10;
	}

	@Override
	public Mono<ImportOutcome> importFile(ContentEntry file) {
		return this.catalog.importFromContent(read(file));
	}

	/**
	 * The published practice a file describes.
	 */
	static Practice read(ContentEntry file) {
		Matter matter = file.frontMatter(Matter.class);
		file.requireReferences("municipalities", MunicipalityFiles.FOLDER, matter.municipalities());
		Contact contact = (matter.contact() != null) ? new Contact(matter.contact().name(), matter.contact().role())
				: null;
		Effort effort = (matter.effort() != null)
				? new Effort(matter.effort().people(), matter.effort().hoursPerWeek(), matter.effort().budget()) : null;
		List<KeyFigure> results = matter.results()
			.stream()
			.map((figure) -> new KeyFigure(figure.value(), figure.label(), figure.asOf()))
			.toList();
		List<Link> links = matter.links().stream().map((link) -> new Link(link.title(), link.url())).toList();
		PracticeContent content = new PracticeContent(matter.title(), matter.teaser(), matter.municipalities(),
				matter.channels(), matter.topics(), matter.institutionKind(), file.body(), effort, results, links,
				contact, matter.impuls());
		return Practice.imported(file.slug(), content, Berlin.startOfDay(matter.published()), file.stamp());
	}

	/**
	 * The file of a practice, with the date of its first publication if it has one.
	 */
	public static String write(Practice practice) {
		return write(practice.content(), firstPublished(practice));
	}

	/**
	 * The file of the change to a published practice that waits for review, as the
	 * practice would be with it published.
	 */
	public static String writePendingChange(Practice practice) {
		if (practice.pending() == null) {
			throw new IllegalArgumentException(practice.slug() + " has no pending change");
		}
		return write(practice.pending().content(), firstPublished(practice));
	}

	private static @Nullable LocalDate firstPublished(Practice practice) {
		return (practice.publishedAt() != null) ? Berlin.local(practice.publishedAt()).toLocalDate() : null;
	}

	/**
	 * The text that versions are compared on, line by line.
	 */
	public static List<String> lines(PracticeContent content) {
		return write(content, null).lines().toList();
	}

	/**
	 * @param published the date of first publication; {@code null} for a practice that
	 * was never published
	 */
	private static String write(PracticeContent content, @Nullable LocalDate published) {
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
		if (content.inspiredBy() != null) {
			matter.put("impuls", content.inspiredBy());
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

	private static Map<String, Object> withoutNulls(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				map.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return map;
	}

	/**
	 * The front matter, as documented in {@code content/README.md}.
	 */
	record Matter(@JsonProperty(required = true) String title, @JsonProperty(required = true) String teaser,
			@JsonProperty(required = true) List<String> municipalities,
			@JsonProperty(required = true) List<Platform> channels, @JsonProperty(required = true) List<String> topics,
			@JsonProperty(required = true) MunicipalityKind institutionKind,
			@JsonProperty(required = true) LocalDate published, @Nullable ContactMatter contact,
			@Nullable EffortMatter effort, @Nullable List<KeyFigureMatter> results, @Nullable List<LinkMatter> links,
			@Nullable String impuls) {

		Matter {
			FrontMatter.required(title, "title");
			FrontMatter.required(teaser, "teaser");
			FrontMatter.nonEmpty(municipalities, "municipalities");
			FrontMatter.nonEmpty(channels, "channels");
			FrontMatter.nonEmpty(topics, "topics");
			results = FrontMatter.list(results);
			links = FrontMatter.list(links);
		}

	}

	record ContactMatter(@JsonProperty(required = true) String name, @Nullable String role) {

	}

	record EffortMatter(@Nullable Integer people, @Nullable Integer hoursPerWeek, @Nullable String budget) {

	}

	record KeyFigureMatter(@JsonProperty(required = true) String value, @JsonProperty(required = true) String label,
			@Nullable LocalDate asOf) {

	}

	record LinkMatter(@JsonProperty(required = true) String title, @JsonProperty(required = true) String url) {

	}

}
