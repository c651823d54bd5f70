package de.impulsnetz.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.content.ContentImportReport.Problem;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.talk.TalkLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ContentImporterTests {

	@Autowired
	ContentImporter importer;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	PracticeCatalog practices;

	@Autowired
	TalkLibrary talks;

	@Autowired
	ReactiveMongoTemplate mongo;

	@TempDir
	Path content;

	String prefix;

	@BeforeEach
	void uniqueSlugs() {
		// The application context, and its database, is shared between tests.
		this.prefix = "t" + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void importsTheProjectContentAtStartUp() {
		assertThat(this.directory.bySlug("kreis-steinfurt").block()).isNotNull();
		assertThat(this.practices.published().count().block()).isGreaterThanOrEqualTo(5);
		assertThat(this.talks.talksOf("impulsreihe-social-media").count().block()).isEqualTo(5);
		assertThat(this.importer.importFrom(ContentSource.classpath()).block().problems()).isEmpty();
	}

	@Test
	void importsEachSlugOnceAndThenLeavesItAlone() throws IOException {
		writeMunicipality("Kreis Beispiel");
		writePractice("Kreis Beispiel hat Videos gedreht");

		ContentImportReport first = importContent();
		assertThat(first.problems()).isEmpty();
		assertThat(first.count(ImportOutcome.CREATED)).isEqualTo(2);

		ContentImportReport second = importContent();
		assertThat(second.count(ImportOutcome.UNCHANGED)).isEqualTo(2);
		assertThat(second.count(ImportOutcome.CREATED)).isZero();
		assertThat(this.mongo.count(new Query(Criteria.where("slug").is(this.prefix + "-kreis")), Municipality.class)
			.block()).isEqualTo(1);
	}

	@Test
	void updatesDocumentsWhenTheirFileChanges() throws IOException {
		writeMunicipality("Kreis Beispiel");
		importContent();

		writeMunicipality("Kreis Beispielhausen");
		ContentImportReport report = importContent();

		assertThat(report.outcomes()).containsEntry("kommunen/" + this.prefix + "-kreis.md", ImportOutcome.UPDATED);
		assertThat(this.directory.bySlug(this.prefix + "-kreis").block().name()).isEqualTo("Kreis Beispielhausen");
	}

	@Test
	void neverOverwritesAnEditMadeInTheApp() throws IOException {
		writeMunicipality("Kreis Beispiel");
		importContent();
		editInApp(this.prefix + "-kreis", "Im Portal korrigierter Name");

		writeMunicipality("Kreis aus der Datei");
		ContentImportReport report = importContent();

		assertThat(report.outcomes()).containsEntry("kommunen/" + this.prefix + "-kreis.md",
				ImportOutcome.KEPT_APP_EDITS);
		assertThat(this.directory.bySlug(this.prefix + "-kreis").block().name())
			.isEqualTo("Im Portal korrigierter Name");
	}

	@Test
	void reportsAMalformedFileWithLineAndReasonAndImportsTheOthers() throws IOException {
		writeMunicipality("Kreis Beispiel");
		write("praxis/" + this.prefix + "-kaputt.md", """
				---
				title: Kaputt
				teaser: Ein Tippfehler im Schlüssel
				municipalities: [%s-kreis]
				channels: [INSTAGRAM]
				topcs: [Video]
				institutionKind: KREIS
				published: 2025-01-01
				---
				Text
				""".formatted(this.prefix));
		write("praxis/" + this.prefix + "-falscher-kanal.md", """
				---
				title: Falscher Kanal
				teaser: Kanal gibt es nicht
				municipalities: [%s-kreis]
				channels: [MYSPACE]
				topics: [Video]
				institutionKind: KREIS
				published: 2025-01-01
				---
				""".formatted(this.prefix));
		write("praxis/" + this.prefix + "-ohne-ende.md", "---\ntitle: Ohne Ende\n");
		write("praxis/" + this.prefix + "-unbekannte-kommune.md", """
				---
				title: Unbekannte Kommune
				teaser: Verweist ins Leere
				municipalities: [gibt-es-nicht]
				channels: [INSTAGRAM]
				topics: [Video]
				institutionKind: KREIS
				published: 2025-01-01
				---
				""");
		writePractice("Diese Datei ist in Ordnung");

		ContentImportReport report = importContent();

		assertThat(report.problems()).extracting(Problem::file, Problem::line)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("praxis/" + this.prefix + "-falscher-kanal.md", 5),
					org.assertj.core.groups.Tuple.tuple("praxis/" + this.prefix + "-kaputt.md", 6),
					org.assertj.core.groups.Tuple.tuple("praxis/" + this.prefix + "-ohne-ende.md", 1),
					org.assertj.core.groups.Tuple.tuple("praxis/" + this.prefix + "-unbekannte-kommune.md", 4));
		assertThat(problemFor(report, "-kaputt.md").reason()).contains("topcs");
		assertThat(problemFor(report, "-falscher-kanal.md").reason()).contains("MYSPACE");
		assertThat(problemFor(report, "-ohne-ende.md").reason()).contains("not closed");
		assertThat(problemFor(report, "-unbekannte-kommune.md").reason()).contains("gibt-es-nicht");
		assertThat(report.outcomes()).containsEntry("praxis/" + this.prefix + "-praxis.md", ImportOutcome.CREATED);
		assertThat(this.practices.publishedBySlug(this.prefix + "-praxis").block()).isNotNull();
	}

	@Test
	void reportsMissingRequiredKeys() throws IOException {
		writeMunicipality("Kreis Beispiel");
		write("veranstaltungen/" + this.prefix + "-treffen.md", """
				---
				title: Treffen ohne Ort
				kind: AG_TREFFEN
				start: 2027-03-01T10:00
				end: 2027-03-01T12:00
				organisers: [%s-kreis]
				capacity: 20
				---
				""".formatted(this.prefix));

		ContentImportReport report = importContent();

		assertThat(report.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("veranstaltungen/" + this.prefix + "-treffen.md");
			assertThat(problem.reason()).contains("venue");
		});
	}

	private ContentImportReport importContent() {
		return this.importer.importFrom(ContentSource.directory(this.content)).block();
	}

	private Problem problemFor(ContentImportReport report, String suffix) {
		return report.problems()
			.stream()
			.filter((problem) -> problem.file().endsWith(suffix))
			.findFirst()
			.orElseThrow();
	}

	private void editInApp(String slug, String name) {
		this.mongo
			.updateFirst(new Query(Criteria.where("slug").is(slug)),
					new Update().set("name", name).set("editedAt", Instant.now().plusSeconds(1)), Municipality.class)
			.block();
	}

	private void writeMunicipality(String name) throws IOException {
		write("kommunen/" + this.prefix + "-kreis.md", """
				---
				name: %s
				kind: KREIS
				region: Münsterland
				state: Nordrhein-Westfalen
				channels:
				  - platform: INSTAGRAM
				    url: https://www.instagram.com/beispiel/
				---
				Ein Kreis für Tests.
				""".formatted(name));
	}

	private void writePractice(String title) throws IOException {
		write("praxis/" + this.prefix + "-praxis.md", """
				---
				title: %s
				teaser: Kurz gesagt
				municipalities: [%s-kreis]
				channels: [INSTAGRAM, YOUTUBE]
				topics: [Video]
				institutionKind: KREIS
				published: 2025-02-03
				---
				## Kernaussagen

				- Einfach anfangen
				""".formatted(title, this.prefix));
	}

	private void write(String relative, String text) throws IOException {
		Path file = this.content.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
