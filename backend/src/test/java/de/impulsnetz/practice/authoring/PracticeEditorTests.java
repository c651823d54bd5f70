package de.impulsnetz.practice.authoring;

import de.impulsnetz.Members;
import de.impulsnetz.practice.Practice;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The editor pages as a browser without JavaScript uses them: preview by sending the
 * form, errors that keep every entry, refused stale saves that keep the text.
 */
@IntegrationTest
public class PracticeEditorTests {

	private final PageClient pages;

	PracticeEditorTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	PracticeAuthoring authoring;

	@Test
	void aNewPracticeStartsFromTheTemplateForTheMembersMunicipality() {
		String page = this.pages.get(Members.STEINFURT, "/praxis/neu", HttpStatus.OK);
		assertThat(page).contains("## Kernaussagen", "## Das können Sie übernehmen", "## Kurz zusammengefasst");
		assertThat(page).containsPattern("value=\"kreis-steinfurt\"\\s+checked");
		// Topics of published cases are offered next to the usual ones.
		assertThat(page).contains("value=\"Stadtmarketing\"", "value=\"Community-Management\"");
	}

	@Test
	void anonymousReadersAreSentToLogin() {
		this.pages.anonymous().get().uri("/praxis/neu").exchange().expectStatus().is3xxRedirection();
		this.pages.anonymous()
			.mutateWith(csrf())
			.post()
			.uri("/praxis/neu")
			.body(BodyInserters.fromFormData(form("Titel", "Text")))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
	}

	@Test
	void previewRendersWithTheSanitisingPipelineAndKeepsTheText() {
		MultiValueMap<String, String> form = form("Vorschau-Test", "**fett** <script>alert(1)</script>");
		form.add("action", "vorschau");
		String page = this.pages.post(Members.STEINFURT, "/praxis/neu", form, HttpStatus.OK);
		assertThat(page).contains("<strong>fett</strong>").doesNotContain("<script>alert(1)</script>");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(page).contains("value=\"Vorschau-Test\"");
		assertThat(this.authoring.workInProgress(Members.EDITOR).map(Practice::title).collectList().block())
			.doesNotContain("Vorschau-Test");
	}

	@Test
	void missingFieldsAreNamedInGermanAndNothingTypedIsLost() {
		MultiValueMap<String, String> form = form("", "Mein langer Text, der nicht verloren gehen darf.");
		form.remove("channels");
		form.add("results[0].value", "1.200");
		String page = this.pages.post(Members.STEINFURT, "/praxis/neu", form, HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Bitte füllen Sie dieses Feld aus.", "Bitte wählen Sie mindestens einen Eintrag aus.",
				"Bitte geben Sie zu jedem Ergebnis Wert und Bedeutung an.");
		assertThat(page).contains("Mein langer Text, der nicht verloren gehen darf.", "value=\"1.200\"");
		assertThat(page).contains("aria-invalid=\"true\"");
	}

	@Test
	void savingCreatesADraftAndSubmittingHandsItToTheEditors() {
		MultiValueMap<String, String> form = form("Gespeichert über das Formular", "## Kernaussagen\n\n- Eins");
		form.add("results[0].value", "1.200");
		form.add("results[0].label", "Abonnements");
		form.add("results[0].asOf", "2025-03-01");
		form.add("action", "einreichen");
		String location = this.pages.redirect(Members.STEINFURT, "/praxis/neu", form);
		assertThat(location).isEqualTo("/praxis/gespeichert-ueber-das-formular?eingereicht#meldung");
		String page = this.pages.get(Members.EDITOR, "/praxis/gespeichert-ueber-das-formular", HttpStatus.OK);
		assertThat(page).contains("Eingereicht", "Abonnements", "Veröffentlichen");
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/gespeichert-ueber-das-formular", HttpStatus.OK))
			.doesNotContain("Veröffentlichen</span>");
		this.pages.anonymous()
			.get()
			.uri("/praxis/gespeichert-ueber-das-formular")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aStaleSaveIsRefusedWithAClearMessageAndTheTextIsKept() {
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					PracticeAuthoringTests.content("Gleichzeitig im Formular", List.of("kreis-steinfurt")))
			.block();
		this.authoring
			.update(draft.slug(), Members.STEINFURT_COLLEAGUE,
					PracticeAuthoringTests.withBody(draft.content(), "Kais Fassung"), draft.version())
			.block();
		MultiValueMap<String, String> form = form("Gleichzeitig im Formular", "Mias Fassung, sorgfältig getippt");
		form.add("version", String.valueOf(draft.version()));
		String page = this.pages.post(Members.STEINFURT, "/praxis/" + draft.slug() + "/bearbeiten", form,
				HttpStatus.CONFLICT);
		assertThat(page).contains("Jemand anderes hat inzwischen gespeichert", "Mias Fassung, sorgfältig getippt");
		assertThat(this.authoring.find(draft.slug(), Members.EDITOR).block().content().body())
			.isEqualTo("Kais Fassung");
	}

	@Test
	void authorsCannotPublishTheirOwnPracticeEvenByCraftedRequest() {
		Practice draft = this.authoring
			.create(Members.EDITOR,
					PracticeAuthoringTests.content("Eigener Beitrag der Redaktion", List.of("kreis-steinfurt")))
			.block();
		this.authoring.submit(draft.slug(), Members.EDITOR).block();
		this.pages.post(Members.EDITOR, "/praxis/" + draft.slug() + "/veroeffentlichen", revision(1),
				HttpStatus.FORBIDDEN);
		this.pages.post(Members.ALTENA, "/praxis/" + draft.slug() + "/veroeffentlichen", revision(1),
				HttpStatus.FORBIDDEN);
		this.pages.post(Members.SECOND_EDITOR, "/praxis/" + draft.slug() + "/veroeffentlichen",
				new LinkedMultiValueMap<>(), HttpStatus.BAD_REQUEST);
		this.pages.as(Members.SECOND_EDITOR)
			.post()
			.uri("/praxis/" + draft.slug() + "/veroeffentlichen")
			.body(BodyInserters.fromFormData(revision(1)))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		this.pages.anonymous().get().uri("/praxis/" + draft.slug()).exchange().expectStatus().isOk();
	}

	@Test
	void versionsOfADraftAreHiddenFromOthersAndTheComparisonIsReadable() {
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					PracticeAuthoringTests.content("Versionen im Browser", List.of("kreis-steinfurt")))
			.block();
		this.authoring
			.update(draft.slug(), Members.STEINFURT,
					PracticeAuthoringTests.withBody(draft.content(), "Neu geschrieben"), draft.version())
			.block();
		this.pages.anonymous()
			.get()
			.uri("/praxis/" + draft.slug() + "/versionen")
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/" + draft.slug() + "/versionen", HttpStatus.OK))
			.contains("Version 2 mit 1 vergleichen");
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/" + draft.slug() + "/versionen/vergleich", HttpStatus.OK))
			.contains("Unterschiede zwischen Version 1 und 2", "<ins>Neu</ins>", "<del>Kernaussagen</del>");
	}

	@Test
	void adminsDownloadEverythingAsAZipOfImportableFiles() throws Exception {
		this.authoring
			.create(Members.STEINFURT, PracticeAuthoringTests.content("Entwurf im Export", List.of("kreis-steinfurt")))
			.block();
		byte[] zip = this.pages.as(Members.ADMIN)
			.get()
			.uri("/praxis/export.zip")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/zip")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		Map<String, String> files = new HashMap<>();
		try (var entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(files).containsKey("praxis/stellenanzeigen-als-humorvolle-videos.md")
			.containsKey("praxis-in-arbeit/entwurf-im-export.md");
		assertThat(files.get("praxis/stellenanzeigen-als-humorvolle-videos.md")).startsWith("---\ntitle: ")
			.contains("published: 2025-06-24");
		this.pages.as(Members.EDITOR).get().uri("/praxis/export.zip").exchange().expectStatus().isForbidden();
	}

	@Test
	void aChangeSavedOnThePageWaitsForReviewAndReadersKeepThePublishedText() {
		Practice published = published("Veröffentlicht und dann im Formular geändert");
		String slug = published.slug();
		MultiValueMap<String, String> form = form(published.title(), "Ungeprüfte Zeile im Formular");
		form.add("version", String.valueOf(published.version()));
		form.add("action", "speichern");
		String location = this.pages.redirect(Members.STEINFURT_COLLEAGUE, "/praxis/" + slug + "/bearbeiten", form);
		assertThat(location).isEqualTo("/praxis/" + slug + "?zur-pruefung#meldung");

		for (String path : List.of("/praxis/" + slug, "/praxis/" + slug + ".md", "/praxis", "/feed.atom",
				"/api/v1/praxis/" + slug)) {
			assertThat(this.pages.anonymous()
				.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody()).as(path).doesNotContain("Ungeprüfte Zeile");
		}
		assertThat(this.pages.get(null, "/praxis/" + slug, HttpStatus.OK)).contains("Kernaussagen")
			.doesNotContain("Änderung in Prüfung");
		assertThat(this.pages.get(Members.ALTENA, "/praxis/" + slug, HttpStatus.OK))
			.doesNotContain("Änderung in Prüfung", "Ungeprüfte Zeile");
		String forAuthors = this.pages.get(Members.STEINFURT, "/praxis/" + slug, HttpStatus.OK);
		assertThat(forAuthors).contains("Änderung in Prüfung", "versionen/vergleich?von=1&amp;bis=2")
			.doesNotContain("Änderung veröffentlichen");
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/" + slug + "/bearbeiten", HttpStatus.OK))
			.contains("Ungeprüfte Zeile im Formular");
		assertThat(this.pages.get(Members.EDITOR, "/praxis/in-arbeit", HttpStatus.OK)).contains(published.title());
		String forEditor = this.pages.get(Members.EDITOR, "/praxis/" + slug, HttpStatus.OK);
		assertThat(forEditor).contains("Änderung in Prüfung", "Änderung veröffentlichen")
			.containsPattern("name=\"revision\"\\s+value=\"2\"");
		assertThat(
				this.pages.get(Members.EDITOR, "/praxis/" + slug + "/versionen/vergleich?von=1&bis=2", HttpStatus.OK))
			.contains("<ins>Ungeprüfte</ins>");

		this.pages.as(Members.EDITOR)
			.post()
			.uri("/praxis/" + slug + "/veroeffentlichen")
			.body(BodyInserters.fromFormData(revision(2)))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(this.pages.get(null, "/praxis/" + slug, HttpStatus.OK)).contains("Ungeprüfte Zeile im Formular");
	}

	@Test
	void anEditorSendsAChangeBackToTheAuthorsWhoSeeTheReasonAndSubmitItAgainOrWithdrawIt() {
		Practice published = published("Im Formular zurückgegebene Änderung");
		String slug = published.slug();
		this.authoring
			.update(slug, Members.STEINFURT,
					PracticeAuthoringTests.withBody(published.content(), "Änderung ohne Belege"), published.version())
			.block();
		String forEditor = this.pages.get(Members.EDITOR, "/praxis/" + slug, HttpStatus.OK);
		assertThat(forEditor).contains("Zurück an die Autorinnen und Autoren", "/praxis/" + slug + "/zurueckgeben",
				"Änderung verwerfen");
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/" + slug, HttpStatus.OK))
			.contains("Änderung zurückziehen")
			.doesNotContain("Zurück an die Autorinnen und Autoren");
		assertThat(this.pages.get(Members.ALTENA, "/praxis/" + slug, HttpStatus.OK))
			.doesNotContain("aenderung-verwerfen", "zurueckgeben");

		MultiValueMap<String, String> noReason = new LinkedMultiValueMap<>();
		noReason.add("comment", " ");
		assertThat(this.pages.redirect(Members.EDITOR, "/praxis/" + slug + "/zurueckgeben", noReason))
			.isEqualTo("/praxis/" + slug + "?kommentar-fehlt#pruefung");
		MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
		reason.add("comment", "Bitte belegen Sie die Zahlen.");
		assertThat(this.pages.redirect(Members.EDITOR, "/praxis/" + slug + "/zurueckgeben", reason))
			.isEqualTo("/praxis/" + slug + "?aenderung-zurueckgegeben#meldung");
		assertThat(this.pages.get(Members.EDITOR, "/praxis/" + slug + "?aenderung-zurueckgegeben", HttpStatus.OK))
			.contains("zurück bei den Autorinnen und Autoren")
			.doesNotContain("Änderung veröffentlichen");
		String forAuthors = this.pages.get(Members.STEINFURT, "/praxis/" + slug, HttpStatus.OK);
		assertThat(forAuthors).contains("Änderung zurückgegeben", "Bitte belegen Sie die Zahlen.",
				"/praxis/" + slug + "/einreichen");
		assertThat(this.pages.get(null, "/praxis/" + slug, HttpStatus.OK)).doesNotContain("Bitte belegen Sie",
				"Änderung ohne Belege");
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/" + slug + "/bearbeiten", HttpStatus.OK))
			.contains("Speichern und einreichen");
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/in-arbeit", HttpStatus.OK)).contains(published.title());

		assertThat(
				this.pages.redirect(Members.STEINFURT, "/praxis/" + slug + "/einreichen", new LinkedMultiValueMap<>()))
			.isEqualTo("/praxis/" + slug + "?eingereicht#meldung");
		assertThat(this.pages.get(Members.EDITOR, "/praxis/" + slug, HttpStatus.OK)).contains("Änderung in Prüfung",
				"Änderung veröffentlichen");
		assertThat(this.pages.redirect(Members.STEINFURT_COLLEAGUE, "/praxis/" + slug + "/aenderung-verwerfen",
				new LinkedMultiValueMap<>()))
			.isEqualTo("/praxis/" + slug + "?verworfen#meldung");
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/" + slug + "?verworfen", HttpStatus.OK))
			.contains("Die Änderung ist verworfen")
			.doesNotContain("Änderung in Prüfung", "Änderung zurückgegeben");
		this.pages.post(Members.ALTENA, "/praxis/" + slug + "/aenderung-verwerfen", new LinkedMultiValueMap<>(),
				HttpStatus.FORBIDDEN);
	}

	@Test
	void anEditorWhoOpenedAnOlderRevisionIsToldAndNothingIsPublished() {
		Practice published = published("Nach dem Öffnen erneut gespeichert im Formular");
		String slug = published.slug();
		Practice first = this.authoring
			.update(slug, Members.STEINFURT,
					PracticeAuthoringTests.withBody(published.content(), "Was die Redaktion sah"), published.version())
			.block();
		this.authoring
			.update(slug, Members.STEINFURT,
					PracticeAuthoringTests.withBody(first.pending().content(), "Nachgeschoben"), first.version())
			.block();
		String location = this.pages.redirect(Members.EDITOR, "/praxis/" + slug + "/veroeffentlichen", revision(2));
		assertThat(location).isEqualTo("/praxis/" + slug + "?neuere-fassung#pruefung");
		assertThat(this.pages.get(Members.EDITOR, "/praxis/" + slug + "?neuere-fassung", HttpStatus.OK))
			.contains("nach Ihrem Öffnen erneut gespeichert");
		assertThat(this.pages.get(null, "/praxis/" + slug, HttpStatus.OK)).doesNotContain("Nachgeschoben",
				"Was die Redaktion sah");
	}

	@Test
	void readersSeeOnlyPublishedVersionsWithoutNames() {
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					PracticeAuthoringTests.content("Versionen für Lesende", List.of("kreis-steinfurt")))
			.block();
		Practice second = this.authoring
			.update(draft.slug(), Members.STEINFURT_COLLEAGUE,
					PracticeAuthoringTests.withBody(draft.content(), "Zweiter Entwurf von Kai"), draft.version())
			.block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		Practice published = this.authoring.publish(draft.slug(), Members.EDITOR, 2).block();
		this.authoring
			.update(draft.slug(), Members.STEINFURT,
					PracticeAuthoringTests.withBody(second.content(), "Änderung von Mia"), published.version())
			.block();
		String versions = "/praxis/" + draft.slug() + "/versionen";
		for (Member reader : java.util.Arrays.asList(null, Members.ALTENA)) {
			String page = this.pages.get(reader, versions, HttpStatus.OK);
			assertThat(page).contains("erste Fassung")
				.doesNotContain("Mia Mitglied", "Kai Kollege", "mit 1 vergleichen", "Version 3");
			this.pages.get(reader, versions + "/vergleich?von=1&bis=2", HttpStatus.NOT_FOUND);
			this.pages.get(reader, versions + "/vergleich?von=2&bis=3", HttpStatus.NOT_FOUND);
			assertThat(this.pages.get(reader, versions + "/vergleich", HttpStatus.OK)).doesNotContain("Kai Kollege",
					"Mia Mitglied", "Änderung von Mia");
		}
		String forAuthors = this.pages.get(Members.STEINFURT, versions, HttpStatus.OK);
		assertThat(forAuthors).contains("Mia Mitglied", "Kai Kollege", "Version 2 mit 1 vergleichen",
				"Version 3 mit 2 vergleichen");
		assertThat(this.pages.get(Members.EDITOR, versions + "/vergleich", HttpStatus.OK))
			.contains("Unterschiede zwischen Version 2 und 3", "Mia Mitglied");
	}

	private Practice published(String title) {
		return PracticeAuthoringTests.published(this.authoring, title);
	}

	private static MultiValueMap<String, String> revision(int number) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("revision", String.valueOf(number));
		return form;
	}

	public static MultiValueMap<String, String> form(String title, String body) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", title);
		form.add("teaser", "Worum es geht, in zwei Sätzen.");
		form.add("municipalities", "kreis-steinfurt");
		form.add("institutionKind", "KREIS");
		form.add("channels", "INSTAGRAM");
		form.add("channels", "YOUTUBE");
		form.add("topics", "Video");
		form.add("body", body);
		return form;
	}

}
