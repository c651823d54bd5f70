package de.impulsnetz.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import de.impulsnetz.content.ContentImportReport.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The importer knows no feature: it imports whatever {@link ContentKind} beans there are,
 * in their order, and checks references between them.
 */
class ContentKindsTests {

	private final List<String> imported = new ArrayList<>();

	@TempDir
	Path content;

	// Registered before the places they name: the order decides, not the registration.
	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(Notes.class, () -> new Notes(this.imported))
		.withBean(Places.class, () -> new Places(this.imported))
		.withUserConfiguration(ContentImporter.class);

	@Test
	void importsTheFilesOfEveryKindRegisteredAsABeanInTheKindsOrder() throws IOException {
		write("notizen/mappe/0-erste.md", "---\nplaces: [altena]\n---\nText");
		write("notizen/mappe/_mappe.md", "---\nplaces: []\n---\n");
		write("orte/altena.md", "---\nname: Altena\n---\n");

		ContentImportReport report = importContent();

		assertThat(report.problems()).isEmpty();
		assertThat(this.imported).containsExactly("orte/altena.md", "notizen/mappe/_mappe.md",
				"notizen/mappe/0-erste.md");
		assertThat(report.outcomes()).containsOnlyKeys(this.imported)
			.allSatisfy((file, outcome) -> assertThat(outcome).isEqualTo(ImportOutcome.CREATED));
	}

	@Test
	void reportsReferencesToNothingAndFilesOfNoKindAndImportsTheOthers() throws IOException {
		write("orte/altena.md", "---\nname: Altena\n---\n");
		write("notizen/ins-leere.md", "---\nname: Ins Leere\nplaces:\n  - altena\n  - atlantis\n---\n");
		write("notizen/passt.md", "---\nplaces: [altena]\n---\n");
		write("rezepte/kuchen.md", "---\nname: Kuchen\n---\n");

		ContentImportReport report = importContent();

		assertThat(report.problems()).extracting(Problem::file, Problem::line, Problem::reason)
			.containsExactlyInAnyOrder(
					tuple("notizen/ins-leere.md", 3, "'places' names 'atlantis', but there is no orte/atlantis.md"),
					tuple("rezepte/kuchen.md", 1, "unknown folder: use orte/ or notizen/"));
		assertThat(this.imported).containsExactly("orte/altena.md", "notizen/passt.md");
	}

	private ContentImportReport importContent() {
		List<ContentImportReport> reports = new ArrayList<>();
		this.contexts.run((context) -> reports
			.add(context.getBean(ContentImporter.class).importFrom(ContentSource.directory(this.content)).block()));
		return reports.get(0);
	}

	private void write(String relative, String text) throws IOException {
		Path file = this.content.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	record Place(String name) {

	}

	record Note(@Nullable String name, List<String> places) {

	}

	static class Places implements ContentKind {

		private final List<String> imported;

		Places(List<String> imported) {
			this.imported = imported;
		}

		@Override
		public String folder() {
			return "orte";
		}

		@Override
		public int getOrder() {
			return 1;
		}

		@Override
		public Mono<ImportOutcome> importFile(ContentEntry file) {
			file.frontMatter(Place.class);
			this.imported.add(file.path());
			return Mono.just(ImportOutcome.CREATED);
		}

		@Override
		public Flux<String> slugs() {
			return Flux.fromIterable(this.imported)
				.filter((path) -> path.startsWith("orte/"))
				.map((path) -> path.replaceAll(".*/|\\.md$", ""));
		}

	}

	static class Notes implements ContentKind {

		private final List<String> imported;

		Notes(List<String> imported) {
			this.imported = imported;
		}

		@Override
		public String folder() {
			return "notizen";
		}

		@Override
		public String folderFile() {
			return "_mappe";
		}

		@Override
		public int getOrder() {
			return 2;
		}

		@Override
		public Mono<ImportOutcome> importFile(ContentEntry file) {
			file.requireReferences("places", "orte", file.frontMatter(Note.class).places());
			this.imported.add(file.path());
			return Mono.just(ImportOutcome.CREATED);
		}

	}

}
