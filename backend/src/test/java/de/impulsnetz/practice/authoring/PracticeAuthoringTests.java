package de.impulsnetz.practice.authoring;

import de.impulsnetz.Members;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeRevision;
import de.impulsnetz.practice.PracticeStatus;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.shared.text.WordDiff;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writing and reviewing against the embedded MongoDB-wire server: drafts, the four-eyes
 * rule, concurrent edits, revisions.
 */
@IntegrationTest
public class PracticeAuthoringTests {

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	PracticeCatalog catalog;

	@Test
	void aMemberStartsADraftForTheirMunicipalityThatOnlyTheyAndEditorsSee() {
		Practice draft = create("Instagram-Umfragen zur Bürgerbeteiligung");
		assertThat(draft.status()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(draft.slug()).startsWith("instagram-umfragen-zur-buergerbeteiligung");
		assertThat(draft.revision()).isEqualTo(1);
		assertThat(this.authoring.revisions(draft).collectList().block()).singleElement()
			.satisfies((revision) -> assertThat(revision.savedByName()).isEqualTo("Mia Mitglied"));
		assertThat(this.catalog.publishedBySlug(draft.slug()).blockOptional()).isEmpty();
		assertThat(this.authoring.find(draft.slug(), null).blockOptional()).isEmpty();
		assertThat(this.authoring.find(draft.slug(), Members.ALTENA).blockOptional()).isEmpty();
		assertThat(this.authoring.find(draft.slug(), Members.STEINFURT_COLLEAGUE).blockOptional()).isPresent();
		assertThat(this.authoring.find(draft.slug(), Members.EDITOR).blockOptional()).isPresent();
	}

	@Test
	void aSecondPracticeWithTheSameTitleGetsItsOwnAddress() {
		String title = "Gleicher Titel " + UUID.randomUUID();
		Practice first = create(title);
		Practice second = create(title);
		assertThat(second.slug()).isEqualTo(first.slug() + "-2");
	}

	@Test
	void aHundredAndOneCasesWithTheSameTitleEachGetTheirOwnAddressAlsoAtTheSameTime() {
		String title = "Oft gewählter Titel " + UUID.randomUUID();
		List<String> slugs = IntStream.range(0, 101).mapToObj((i) -> create(title).slug()).toList();
		String base = slugs.get(0);
		assertThat(slugs).doesNotHaveDuplicates().hasSize(101).contains(base + "-2", base + "-101");
		List<String> atOnce = Flux.range(0, 8)
			.flatMap((i) -> this.authoring.create(Members.STEINFURT, content(title, List.of("kreis-steinfurt"))))
			.map(Practice::slug)
			.collectList()
			.block();
		assertThat(atOnce).doesNotHaveDuplicates().hasSize(8).doesNotContainAnyElementsOf(slugs);
	}

	@Test
	void membersWriteOnlyForTheirOwnMunicipality() {
		PracticeContent forAltena = content("Fremder Beitrag", List.of("stadt-altena"));
		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.authoring.create(Members.STEINFURT, forAltena).block());
		Practice draft = create("Nur Steinfurt darf das ändern");
		assertThatExceptionOfType(PracticeDenied.class).isThrownBy(
				() -> this.authoring.update(draft.slug(), Members.ALTENA, draft.content(), draft.version()).block());
		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.authoring.submit(draft.slug(), Members.ALTENA).block());
	}

	@Test
	void aCoAuthoredPracticeMayBeEditedByEveryAuthoringMunicipality() {
		Practice draft = this.authoring
			.create(Members.STEINFURT, content("Gemeinsame Kampagne", List.of("kreis-steinfurt", "stadt-altena")))
			.block();
		Practice edited = this.authoring.update(draft.slug(), Members.ALTENA, draft.content(), draft.version()).block();
		assertThat(edited.contributors()).contains(Members.STEINFURT.id(), Members.ALTENA.id());
	}

	@Test
	void theFourEyesRuleKeepsEditorsFromPublishingTheirOwnPractice() {
		Practice draft = this.authoring.create(Members.EDITOR, content("Von der Redaktion", List.of("kreis-steinfurt")))
			.block();
		this.authoring.submit(draft.slug(), Members.EDITOR).block();
		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block())
			.satisfies((denied) -> assertThat(denied.reason()).isEqualTo("practice.denied.ownCase"));
		Practice published = this.authoring.publish(draft.slug(), Members.SECOND_EDITOR, draft.revision()).block();
		assertThat(published.isPublished()).isTrue();
		assertThat(published.publishedBy()).isEqualTo(Members.SECOND_EDITOR.id());
		assertThat(this.catalog.publishedBySlug(draft.slug()).blockOptional()).isPresent();
	}

	@Test
	void membersCannotPublishAndOnlySubmittedPracticesArePublished() {
		Practice draft = create("Erst einreichen");
		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.authoring.publish(draft.slug(), Members.STEINFURT, draft.revision()).block());
		assertThatExceptionOfType(WrongStatus.class)
			.isThrownBy(() -> this.authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block());
	}

	@Test
	void editorsSendAPracticeBackWithTheirComment() {
		Practice draft = create("Bitte mit Zahlen");
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		Practice back = this.authoring.sendBack(draft.slug(), Members.EDITOR, "  Bitte Zahlen mit Datum ergänzen. ")
			.block();
		assertThat(back.status()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(back.reviewComment()).isEqualTo("Bitte Zahlen mit Datum ergänzen.");
		Practice resubmitted = this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		assertThat(resubmitted.status()).isEqualTo(PracticeStatus.SUBMITTED);
		Practice published = this.authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block();
		assertThat(published.reviewComment()).isNull();
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedAndTheStoredTextStays() {
		Practice draft = create("Zwei bearbeiten gleichzeitig");
		long opened = draft.version();
		PracticeContent mine = withBody(draft.content(), "Mias Fassung");
		PracticeContent theirs = withBody(draft.content(), "Kais Fassung");
		this.authoring.update(draft.slug(), Members.STEINFURT, mine, opened).block();
		assertThatExceptionOfType(PracticeConflict.class)
			.isThrownBy(() -> this.authoring.update(draft.slug(), Members.STEINFURT_COLLEAGUE, theirs, opened).block())
			.satisfies((conflict) -> assertThat(conflict.current().content().body()).isEqualTo("Mias Fassung"));
		assertThat(this.authoring.find(draft.slug(), Members.EDITOR).block().content().body())
			.isEqualTo("Mias Fassung");
	}

	@Test
	void ofManyConcurrentSavesOnTheSameVersionExactlyOneWins() {
		Practice draft = create("Viele speichern zugleich");
		AtomicInteger conflicts = new AtomicInteger();
		List<Practice> saved = Flux.range(0, 20)
			.flatMap((i) -> this.authoring
				.update(draft.slug(), Members.STEINFURT, withBody(draft.content(), "Fassung " + i), draft.version())
				.onErrorResume(PracticeConflict.class, (conflict) -> {
					conflicts.incrementAndGet();
					return Mono.empty();
				}), 20)
			.collectList()
			.block();
		assertThat(saved).hasSize(1);
		assertThat(conflicts).hasValue(19);
		assertThat(this.authoring.revisions(draft).collectList().block()).hasSize(2);
	}

	@Test
	void everySaveIsKeptAndVersionsCanBeCompared() {
		Practice draft = create("Versionen vergleichen");
		Practice second = this.authoring
			.update(draft.slug(), Members.STEINFURT,
					withBody(draft.content(), "## Ausgangslage\n\nWir hatten <b>keinen</b> Kanal.\n"), draft.version())
			.block();
		this.authoring
			.update(draft.slug(), Members.STEINFURT_COLLEAGUE,
					withBody(second.content(), "## Ausgangslage\n\nWir hatten einen Kanal.\n"), second.version())
			.block();
		List<PracticeRevision> revisions = this.authoring.revisions(draft).collectList().block();
		assertThat(revisions).extracting(PracticeRevision::number).containsExactly(3, 2, 1);
		assertThat(revisions.get(0).savedByName()).isEqualTo("Kai Kollege");
		List<WordDiff.Line> lines = PracticeDiff.between(revisions.get(1).content(), revisions.get(0).content());
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.kind()).isEqualTo(WordDiff.Line.Kind.CHANGED);
			assertThat(line.html()).contains("<del>").contains("<ins>").contains("&lt;b&gt;").doesNotContain("<b>");
		});
	}

	@Test
	void aChangeToAPublishedCaseWaitsForAnotherEditorWhileReadersKeepThePublishedText() {
		Practice published = publish("Geänderter veröffentlichter Fall");
		Practice changed = this.authoring
			.update(published.slug(), Members.STEINFURT_COLLEAGUE,
					withBody(published.content(), "Kais ungeprüfte Änderung"), published.version())
			.block();
		assertThat(changed.isPublished()).isTrue();
		assertThat(changed.content().body()).isEqualTo(published.content().body());
		assertThat(changed.pending().content().body()).isEqualTo("Kais ungeprüfte Änderung");
		assertThat(changed.pending().revision()).isEqualTo(2);
		assertThat(this.catalog.publishedBySlug(published.slug()).block().content().body())
			.isEqualTo(published.content().body());
		assertThat(this.authoring.find(published.slug(), null).block().content().body())
			.isEqualTo(published.content().body());
		assertThat(this.authoring.revisions(changed).collectList().block()).first()
			.satisfies((revision) -> assertThat(revision.content().body()).isEqualTo("Kais ungeprüfte Änderung"));

		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.authoring.publish(published.slug(), Members.STEINFURT, 2).block());
		Practice byEditor = this.authoring
			.update(published.slug(), Members.EDITOR,
					withBody(changed.pending().content(), "Von der Redaktion ergänzt"), changed.version())
			.block();
		assertThat(byEditor.pending().revision()).isEqualTo(3);
		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.authoring.publish(published.slug(), Members.EDITOR, 3).block())
			.satisfies((denied) -> assertThat(denied.reason()).isEqualTo("practice.denied.ownCase"));
		assertThat(this.catalog.publishedBySlug(published.slug()).block().content().body())
			.isEqualTo(published.content().body());

		Practice live = this.authoring.publish(published.slug(), Members.SECOND_EDITOR, 3).block();
		assertThat(live.content().body()).isEqualTo("Von der Redaktion ergänzt");
		assertThat(live.pending()).isNull();
		assertThat(live.revision()).isEqualTo(3);
		assertThat(live.publishedRevisions()).containsExactlyInAnyOrder(1, 3);
		assertThat(live.publishedAt()).isEqualTo(published.publishedAt().truncatedTo(ChronoUnit.MILLIS));
		assertThat(this.authoring.find(published.slug(), null).block().content().body())
			.isEqualTo("Von der Redaktion ergänzt");
	}

	@Test
	void anEditorSendsAChangeBackWithAReasonAndTheAuthorsFixAndSubmitItAgain() {
		Practice published = publish("Zurück an die Autorinnen");
		Practice changed = this.authoring
			.update(published.slug(), Members.STEINFURT, withBody(published.content(), "Erster Versuch"),
					published.version())
			.block();
		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.authoring.sendBack(published.slug(), Members.STEINFURT, "Selbst zurück").block());

		Practice back = this.authoring.sendBack(published.slug(), Members.EDITOR, " Bitte die Zahlen belegen. ")
			.block();
		assertThat(back.pending().returnComment()).isEqualTo("Bitte die Zahlen belegen.");
		assertThat(back.pending().content().body()).isEqualTo("Erster Versuch");
		assertThat(back.awaitsReview()).isFalse();
		assertThat(back.content().body()).isEqualTo(published.content().body());
		assertThatExceptionOfType(WrongStatus.class)
			.isThrownBy(() -> this.authoring.publish(published.slug(), Members.SECOND_EDITOR, 2).block());

		Practice fixed = this.authoring
			.update(published.slug(), Members.STEINFURT, withBody(back.pending().content(), "Mit Belegen"),
					back.version())
			.block();
		assertThat(fixed.hasReturnedChange()).as("saving keeps it with the authors").isTrue();
		Practice again = this.authoring.submit(published.slug(), Members.STEINFURT).block();
		assertThat(again.hasChangeInReview()).isTrue();
		assertThat(again.pending().returnComment()).isNull();
		assertThat(again.status()).isEqualTo(PracticeStatus.PUBLISHED);
		assertThat(this.authoring.publish(published.slug(), Members.EDITOR, 3).block().content().body())
			.isEqualTo("Mit Belegen");
		assertThat(changed.pending().revision()).isEqualTo(2);
	}

	@Test
	void theAuthorsWithdrawTheirChangeAndEditorsDiscardOneWhileReadersKeepThePublishedText() {
		Practice published = publish("Änderung zurückgezogen");
		Practice changed = this.authoring
			.update(published.slug(), Members.STEINFURT, withBody(published.content(), "Doch nicht"),
					published.version())
			.block();
		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.authoring.discardChange(published.slug(), Members.ALTENA).block());
		Practice withdrawn = this.authoring.discardChange(published.slug(), Members.STEINFURT_COLLEAGUE).block();
		assertThat(withdrawn.pending()).isNull();
		assertThat(withdrawn.content().body()).isEqualTo(published.content().body());
		assertThat(withdrawn.revision()).isEqualTo(1);
		assertThat(this.authoring.revisions(withdrawn).map(PracticeRevision::number).collectList().block())
			.as("the withdrawn version stays in the history")
			.contains(changed.pending().revision());
		assertThatExceptionOfType(WrongStatus.class)
			.isThrownBy(() -> this.authoring.discardChange(published.slug(), Members.EDITOR).block());

		Practice second = this.authoring
			.update(published.slug(), Members.STEINFURT, withBody(published.content(), "Zweiter Anlauf"),
					withdrawn.version())
			.block();
		assertThat(second.pending().revision()).isEqualTo(3);
		assertThat(second.pending().contributors()).containsExactly(Members.STEINFURT.id());
		Practice discarded = this.authoring.discardChange(published.slug(), Members.EDITOR).block();
		assertThat(discarded.pending()).isNull();
		assertThat(this.catalog.publishedBySlug(published.slug()).block().content().body())
			.isEqualTo(published.content().body());
	}

	@Test
	void publishingIsRefusedWhenTheAuthorsSavedAfterTheEditorOpenedIt() {
		Practice published = publish("Nach dem Öffnen erneut gespeichert");
		Practice opened = this.authoring
			.update(published.slug(), Members.STEINFURT, withBody(published.content(), "Was die Redaktion sah"),
					published.version())
			.block();
		int reviewed = opened.pending().revision();
		this.authoring
			.update(published.slug(), Members.STEINFURT, withBody(opened.pending().content(), "Später nachgeschoben"),
					opened.version())
			.block();
		assertThatExceptionOfType(ChangedSinceReview.class)
			.isThrownBy(() -> this.authoring.publish(published.slug(), Members.EDITOR, reviewed).block())
			.satisfies((changed) -> assertThat(changed.current()).isEqualTo(reviewed + 1));
		assertThat(this.catalog.publishedBySlug(published.slug()).block().content().body())
			.isEqualTo(published.content().body());

		Practice draft = create("Eingereicht und danach geändert");
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		this.authoring
			.update(draft.slug(), Members.STEINFURT, withBody(draft.content(), "Nachträglich"),
					this.authoring.find(draft.slug(), Members.STEINFURT).block().version())
			.block();
		assertThatExceptionOfType(ChangedSinceReview.class)
			.isThrownBy(() -> this.authoring.publish(draft.slug(), Members.EDITOR, 1).block());
		assertThat(this.catalog.publishedBySlug(draft.slug()).blockOptional()).isEmpty();
		assertThat(this.authoring.publish(draft.slug(), Members.EDITOR, 2).block().content().body())
			.isEqualTo("Nachträglich");
	}

	@Test
	void readersSeeOnlyPublishedVersionsAndAuthorsAndEditorsSeeAll() {
		Practice draft = create("Nur veröffentlichte Versionen für Lesende");
		Practice second = this.authoring
			.update(draft.slug(), Members.STEINFURT, withBody(draft.content(), "Zweiter Entwurf"), draft.version())
			.block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		Practice published = this.authoring.publish(draft.slug(), Members.EDITOR, second.revision()).block();
		this.authoring
			.update(draft.slug(), Members.STEINFURT, withBody(published.content(), "Änderung in Prüfung"),
					published.version())
			.block();
		assertThat(this.authoring.revisions(published, null).map(PracticeRevision::number).collectList().block())
			.containsExactly(2);
		assertThat(
				this.authoring.revisions(published, Members.ALTENA).map(PracticeRevision::number).collectList().block())
			.containsExactly(2);
		assertThat(this.authoring.revisions(published, Members.STEINFURT_COLLEAGUE)
			.map(PracticeRevision::number)
			.collectList()
			.block()).containsExactly(3, 2, 1);
		assertThat(
				this.authoring.revisions(published, Members.EDITOR).map(PracticeRevision::number).collectList().block())
			.containsExactly(3, 2, 1);
		assertThat(this.authoring.revision(published, 1, null).blockOptional()).isEmpty();
		assertThat(this.authoring.revision(published, 3, Members.ALTENA).blockOptional()).isEmpty();
		assertThat(this.authoring.revision(published, 2, null).blockOptional()).isPresent();
	}

	@Test
	void changesInReviewAreListedAsWorkInProgressForTheAuthorsAndEditorsOnly() {
		Practice published = publish("Änderung in der Arbeitsliste");
		this.authoring
			.update(published.slug(), Members.STEINFURT, withBody(published.content(), "Neu"), published.version())
			.block();
		assertThat(this.authoring.workInProgress(Members.EDITOR).map(Practice::slug).collectList().block())
			.contains(published.slug());
		assertThat(this.authoring.workInProgress(Members.STEINFURT_COLLEAGUE).map(Practice::slug).collectList().block())
			.contains(published.slug());
		assertThat(this.authoring.workInProgress(Members.ALTENA).map(Practice::slug).collectList().block())
			.doesNotContain(published.slug());
	}

	private Practice publish(String title) {
		return published(this.authoring, title);
	}

	/**
	 * A case of Kreis Steinfurt, written by Mia and published by the editor.
	 */
	public static Practice published(PracticeAuthoring authoring, String title) {
		Practice draft = authoring.create(Members.STEINFURT, content(title, List.of("kreis-steinfurt"))).block();
		authoring.submit(draft.slug(), Members.STEINFURT).block();
		return authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block();
	}

	private Practice create(String title) {
		return this.authoring.create(Members.STEINFURT, content(title, List.of("kreis-steinfurt"))).block();
	}

	public static PracticeContent content(String title, List<String> municipalities) {
		return PracticeContent.essentials(title, "Kurz gesagt: " + title, municipalities, List.of(Platform.INSTAGRAM),
				List.of("Bürgerbeteiligung"), MunicipalityKind.KREIS, PracticeContent.template());
	}

	public static PracticeContent withBody(PracticeContent content, String body) {
		return content.withBody(body);
	}

}
