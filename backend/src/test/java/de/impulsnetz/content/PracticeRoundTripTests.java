package de.impulsnetz.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import de.impulsnetz.PageClient;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Contact;
import de.impulsnetz.practice.Effort;
import de.impulsnetz.practice.KeyFigure;
import de.impulsnetz.practice.Link;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.shared.Berlin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export → import gives the same case: the Markdown download of a Praxisbeispiel, dropped
 * into {@code content/praxis}, imports with every field as it was.
 */
@IntegrationTest
class PracticeRoundTripTests {

	private static final Member AUTHOR = new Member("rt-author", "rt", "Rita Rundreise", null, "kreis-steinfurt",
			Set.of(Role.MEMBER));

	private static final Member EDITOR = new Member("rt-editor", "re", "Rolf Redaktion", null, "stadt-altena",
			Set.of(Role.MEMBER, Role.EDITOR));

	private static final Member ADMIN = new Member("rt-admin", "ra", "Ria Admin", null, "stadt-altena",
			Set.of(Role.MEMBER, Role.ADMIN));

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	PracticeCatalog catalog;

	@Autowired
	ContentImporter importer;

	@Autowired
	WebTestClient client;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path content;

	@Test
	void anExportedCaseImportsAsTheSameCase() throws Exception {
		PracticeContent original = new PracticeContent("Rundreise: Ein Fall mit allem",
				"Teaser mit \"Anführungszeichen\" und: Doppelpunkt", List.of("kreis-steinfurt", "stadt-altena"),
				List.of(Platform.INSTAGRAM, Platform.PODCAST), List.of("Video", "Kooperation"), MunicipalityKind.KREIS,
				"## Kernaussagen\n\n- Eins\n- Zwei\n\n## Ausgangslage\n\nText mit *Betonung* und ---\n",
				new Effort(2, 6, "kein eigenes Budget"),
				List.of(new KeyFigure("12.400", "Follower auf Instagram", LocalDate.of(2025, 3, 1)),
						new KeyFigure("3", "Folgen pro Monat", null)),
				List.of(new Link("Der Kanal", "https://www.instagram.com/beispiel")),
				new Contact("Team Social Media", "Pressestelle"), "impulsreihe-social-media/drei-schritte-jobcenter");
		Practice draft = this.authoring.create(AUTHOR, original).block();
		this.authoring.submit(draft.slug(), AUTHOR).block();
		Practice published = this.authoring.publish(draft.slug(), EDITOR, draft.revision()).block();

		String markdown = this.client.get()
			.uri("/praxis/" + published.slug() + ".md")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"?" + published.slug() + ".md\"?")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Files.createDirectories(this.content.resolve("praxis"));
		Files.writeString(this.content.resolve("praxis/rundreise-kopie.md"), markdown);

		ContentImportReport report = this.importer.importFrom(ContentSource.directory(this.content)).block();

		assertThat(report.problems()).isEmpty();
		Practice imported = this.catalog.publishedBySlug("rundreise-kopie").block();
		assertThat(imported.content()).isEqualTo(original);
		assertThat(imported.publishedAt())
			.isEqualTo(Berlin.startOfDay(Berlin.local(published.publishedAt()).toLocalDate()));
	}

	@Test
	void theAdminsZipKeepsAChangeInReviewNextToThePublishedTextAndThatFilePublishesIt() throws Exception {
		PracticeContent original = PracticeContent.essentials("Rundreise mit Änderung", "Teaser",
				List.of("kreis-steinfurt"), List.of(Platform.INSTAGRAM), List.of("Video"), MunicipalityKind.KREIS,
				"Der veröffentlichte Text.\n");
		Practice draft = this.authoring.create(AUTHOR, original).block();
		this.authoring.submit(draft.slug(), AUTHOR).block();
		Practice published = this.authoring.publish(draft.slug(), EDITOR, draft.revision()).block();
		PracticeContent changed = original.withBody("Der geänderte Text, der noch geprüft wird.\n");
		this.authoring.update(published.slug(), AUTHOR, changed, published.version()).block();

		Map<String, String> files = unzip(new PageClient(this.context).as(ADMIN)
			.get()
			.uri("/praxis/export.zip")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody());

		String publishedFile = files.get("praxis/" + published.slug() + ".md");
		String changeFile = files.get("praxis-in-arbeit/" + published.slug() + ".aenderung.md");
		assertThat(publishedFile).contains("Der veröffentlichte Text.").doesNotContain("geänderte");
		assertThat(changeFile).contains("Der geänderte Text").doesNotContain("veröffentlichte");
		Files.createDirectories(this.content.resolve("praxis"));
		Files.writeString(this.content.resolve("praxis/rundreise-veroeffentlicht.md"), publishedFile);
		Files.writeString(this.content.resolve("praxis/rundreise-geaendert.md"), changeFile);

		ContentImportReport report = this.importer.importFrom(ContentSource.directory(this.content)).block();

		assertThat(report.problems()).isEmpty();
		assertThat(this.catalog.publishedBySlug("rundreise-veroeffentlicht").block().content()).isEqualTo(original);
		assertThat(this.catalog.publishedBySlug("rundreise-geaendert").block().content()).isEqualTo(changed);
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				assertThat(files).doesNotContainKey(entry.getName());
				files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
