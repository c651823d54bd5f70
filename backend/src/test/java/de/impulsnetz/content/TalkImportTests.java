package de.impulsnetz.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkContent;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.authoring.TalkAuthoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talk files with the optional front matter the app writes too (co-organisers, abstract,
 * event, state, visibility, speaker bio and consent), and the rule that a talk edited in
 * the app keeps its edits when its file changes.
 */
@IntegrationTest
class TalkImportTests {

	@Autowired
	ContentImporter importer;

	@Autowired
	TalkLibrary library;

	@Autowired
	TalkAuthoring authoring;

	@TempDir
	Path content;

	String series;

	@BeforeEach
	void uniqueSeries() {
		// The application context, and its database, is shared between tests.
		this.series = "t" + Long.toString(System.nanoTime(), 36) + "-reihe";
	}

	@Test
	void importsTheOptionalFieldsOfSeriesAndTalks() throws IOException {
		writeSeries();
		writeTalk("Mit allem");

		assertThat(importContent().problems()).isEmpty();

		assertThat(this.library.series(this.series).block().coOrganisers()).containsExactly("stadt-altena");
		Talk talk = this.library.talk(this.series, "vortrag").block();
		assertThat(talk.abstractText()).isEqualTo("Worum es *gehen* wird.");
		assertThat(talk.event()).isEqualTo("impuls-termin-maerz-2027");
		assertThat(talk.state()).isEqualTo(TalkState.HELD);
		assertThat(talk.visibility()).isEqualTo(Visibility.MEMBERS);
		assertThat(talk.speakers()).containsExactly(
				new Speaker("Erika Muster", "Uni", "Forscht seit Jahren.", new Consent(true, true, Licence.CC_BY_4_0)),
				new Speaker("Max Beispiel", null));
		assertThat(talk.summary()).contains("Die Zusammenfassung");
	}

	@Test
	void aTalkEditedInTheAppKeepsItsEditsWhenItsFileChanges() throws IOException {
		writeSeries();
		writeTalk("Aus der Datei");
		importContent();
		Talk imported = this.library.talk(this.series, "vortrag").block();
		this.authoring
			.updateTalk(this.series, "vortrag", Members.ADMIN,
					new TalkContent("Im Portal geändert", imported.startsAt(), 30, imported.speakers(), "", null, null),
					imported.version())
			.block();

		writeTalk("Datei geändert");
		ContentImportReport report = importContent();

		assertThat(report.outcomes()).containsEntry("impulse/" + this.series + "/vortrag.md",
				ImportOutcome.KEPT_APP_EDITS);
		Talk kept = this.library.talk(this.series, "vortrag").block();
		assertThat(kept.title()).isEqualTo("Im Portal geändert");
		assertThat(kept.speakers().get(0).consent().agreed()).as("consent survives the edit").isTrue();
	}

	@Test
	void reportsAnUnknownLicence() throws IOException {
		writeSeries();
		write("impulse/" + this.series + "/kaputt.md", """
				---
				title: Kaputt
				date: 2025-01-01T10:00
				durationMinutes: 30
				speakers:
				  - name: Erika Muster
				    consent: {recording: true, publication: true, licence: CC-0}
				---
				""");

		ContentImportReport report = importContent();

		assertThat(report.problems())
			.anySatisfy((problem) -> assertThat(problem.toString()).contains("kaputt.md").contains("CC-0"));
	}

	@Test
	void reportsAnEventThatIsNoImpulsTermin() throws IOException {
		writeSeries();
		write("impulse/" + this.series + "/falsch.md", """
				---
				title: Am falschen Termin
				date: 2025-01-01T10:00
				durationMinutes: 30
				event: runder-tisch-21-altena
				speakers:
				  - name: Erika Muster
				---
				""");

		ContentImportReport report = importContent();

		assertThat(report.problems()).anySatisfy((problem) -> assertThat(problem.toString()).contains("falsch.md")
			.contains("runder-tisch-21-altena")
			.contains("IMPULS_TERMIN"));
		assertThat(this.library.talk(this.series, "falsch").blockOptional()).isEmpty();
	}

	private ContentImportReport importContent() {
		return this.importer.importFrom(ContentSource.directory(this.content)).block();
	}

	private void writeSeries() throws IOException {
		write("impulse/" + this.series + "/_reihe.md", """
				---
				title: Testreihe
				organiser: kreis-steinfurt
				coOrganisers: [stadt-altena]
				---
				Eine Reihe für Tests.
				""");
	}

	private void writeTalk(String title) throws IOException {
		write("impulse/" + this.series + "/vortrag.md", """
				---
				title: %s
				date: 2025-01-01T10:00
				durationMinutes: 45
				abstract: Worum es *gehen* wird.
				event: impuls-termin-maerz-2027
				state: HELD
				visibility: MEMBERS
				speakers:
				  - name: Erika Muster
				    affiliation: Uni
				    bio: Forscht seit Jahren.
				    consent:
				      recording: true
				      publication: true
				      licence: CC-BY-4.0
				  - name: Max Beispiel
				---
				Die Zusammenfassung.
				""".formatted(title));
	}

	private void write(String relative, String text) throws IOException {
		Path file = this.content.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
