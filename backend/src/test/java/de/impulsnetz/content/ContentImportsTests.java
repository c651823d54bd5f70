package de.impulsnetz.content;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class ContentImportsTests {

	private static final Instant IMPORTED = Instant.parse("2026-01-01T10:00:00Z");

	record Doc(String slug, String title, ImportStamp importStamp, Instant editedAt) implements Importable {

		static Doc imported(String hash, Instant editedAt) {
			return new Doc("kreis", "Titel", new ImportStamp("kommunen/kreis.md", hash, IMPORTED), editedAt);
		}

	}

	@Test
	void createsWhatDoesNotExist() {
		assertThat(ContentImports.decide(null, "a")).isEqualTo(ImportOutcome.CREATED);
	}

	@Test
	void leavesUnchangedFilesAlone() {
		assertThat(ContentImports.decide(Doc.imported("a", null), "a")).isEqualTo(ImportOutcome.UNCHANGED);
		assertThat(ContentImports.decide(Doc.imported("a", IMPORTED.plusSeconds(60)), "a"))
			.isEqualTo(ImportOutcome.UNCHANGED);
	}

	@Test
	void updatesFromChangedFileWhenNobodyEditedInTheApp() {
		assertThat(ContentImports.decide(Doc.imported("a", null), "b")).isEqualTo(ImportOutcome.UPDATED);
		assertThat(ContentImports.decide(Doc.imported("a", IMPORTED.minusSeconds(60)), "b"))
			.isEqualTo(ImportOutcome.UPDATED);
	}

	@Test
	void keepsEditsMadeInTheAppOverAChangedFile() {
		assertThat(ContentImports.decide(Doc.imported("a", IMPORTED.plusSeconds(1)), "b"))
			.isEqualTo(ImportOutcome.KEPT_APP_EDITS);
	}

	@Test
	void keepsDocumentsCreatedInTheAppThatShareASlugWithAFile() {
		Doc createdInApp = new Doc("kreis", "Im Portal angelegt", null, IMPORTED);
		assertThat(ContentImports.decide(createdInApp, "b")).isEqualTo(ImportOutcome.KEPT_APP_EDITS);
	}

	@Test
	void savesOnlyWhenTheDecisionSaysSo() {
		Doc candidate = Doc.imported("b", null);
		StepVerifier
			.create(ContentImports.upsert(Mono.just(Doc.imported("a", IMPORTED.plusSeconds(5))), candidate,
					(existing, imported) -> imported, (doc) -> Mono.error(new AssertionError("must not save"))))
			.expectNext(ImportOutcome.KEPT_APP_EDITS)
			.verifyComplete();
		StepVerifier
			.create(ContentImports.upsert(Mono.empty(), candidate, (existing, imported) -> imported, Mono::just))
			.expectNext(ImportOutcome.CREATED)
			.verifyComplete();
	}

}
