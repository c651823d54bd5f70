package de.impulsnetz.practice;

import de.impulsnetz.Members;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeAuthoringTests;
import java.time.Duration;
import java.util.List;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.search.Search;
import de.impulsnetz.search.SearchHit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The knowledge base in the search index: built from MongoDB at start-up, updated when a
 * case is published, answered on /suche and by the API's q.
 */
@IntegrationTest
class PracticeSearchTests {

	@Autowired
	WebTestClient client;

	@Autowired
	ApplicationContext context;

	@Autowired
	Search search;

	@Autowired
	PracticeAuthoring authoring;

	@Test
	void theImportedPracticesAreFoundInGerman() {
		assertThat(slugs("Stellenanzeige")).contains("stellenanzeigen-als-humorvolle-videos");
		assertThat(slugs("Jobcentern")).contains("jobcenter-kommentare-schnell-und-freundlich-beantworten");
	}

	@Test
	void theSearchPageShowsMarkedSnippets() {
		String page = new PageClient(this.context).get(null, "/suche?q=Stellenanzeige", HttpStatus.OK);
		assertThat(page).contains("Stellenanzeigen als humorvolle Videos", "<mark>", "Treffer für „Stellenanzeige“");
		this.client.get().uri("/suche").exchange().expectStatus().isOk();
	}

	@Test
	void theSearchPageNamesEveryKindInGermanAndShowsNoMarkdown() {
		String page = new PageClient(this.context).get(null, "/suche?q=Social+Media", HttpStatus.OK);
		assertThat(page).contains("<mark>", ">Praxisbeispiel</p>", ">Impuls</p>")
			.doesNotContain("??", "enum.SearchKind", "## ", "**");
	}

	@Test
	void theApiSearchesWithTheIndexAndKeepsItsFilters() {
		this.client.get()
			.uri("/api/v1/praxis?q=Jobcenter")
			.exchange()
			.expectBody()
			.jsonPath("$[0].slug")
			.isEqualTo("jobcenter-kommentare-schnell-und-freundlich-beantworten");
		this.client.get()
			.uri("/api/v1/praxis?q=Jobcenter&kanal=TIKTOK")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
	}

	@Test
	void aPracticeIsFoundOnceItIsPublishedAndNotBefore() {
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					PracticeAuthoringTests.content("Podcastreihe über Ehrenamtliche", List.of("kreis-steinfurt")))
			.block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		assertThat(slugs("Podcastreihe")).isEmpty();
		this.authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block();
		await().atMost(Duration.ofSeconds(5)).until(() -> slugs("Podcastreihe").contains(draft.slug()));
	}

	@Test
	void aChangeInReviewIsFoundOnlyOnceItIsPublished() {
		Practice draft = this.authoring
			.create(Members.STEINFURT,
					PracticeAuthoringTests.content("Stammtisch der Hausmeister", List.of("kreis-steinfurt")))
			.block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		Practice published = this.authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block();
		await().atMost(Duration.ofSeconds(5)).until(() -> slugs("Hausmeister").contains(draft.slug()));
		Practice changed = this.authoring
			.update(draft.slug(), Members.STEINFURT,
					PracticeAuthoringTests.withBody(published.content(), "Quizabend mit Zwergkaninchen"),
					published.version())
			.block();
		// The change is indexed like any save; the index must still hold the published
		// text.
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> slugs("Zwergkaninchen").isEmpty());
		this.authoring.publish(draft.slug(), Members.SECOND_EDITOR, changed.pending().revision()).block();
		await().atMost(Duration.ofSeconds(5)).until(() -> slugs("Zwergkaninchen").contains(draft.slug()));
	}

	private List<String> slugs(String query) {
		return this.search.search(query, "praxis", 20).block().hits().stream().map(SearchHit::key).toList();
	}

}
