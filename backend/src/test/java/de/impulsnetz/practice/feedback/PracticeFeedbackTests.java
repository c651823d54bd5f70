package de.impulsnetz.practice.feedback;

import de.impulsnetz.Members;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeDenied;
import de.impulsnetz.practice.PracticeRevision;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeAuthoringTests;
import java.util.List;
import java.util.Map;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.MemberDataHolder;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * "Hilfreich" once per member, "Übernommen" once per municipality and never by the
 * authors; both visible on the case; a deleted account leaves no name behind.
 */
@IntegrationTest
class PracticeFeedbackTests {

	private final PageClient pages;

	PracticeFeedbackTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	private static final String PRACTICE = "stellenanzeigen-als-humorvolle-videos";

	@Autowired
	PracticeFeedback feedback;

	@Autowired
	PracticeCatalog catalog;

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	List<MemberDataHolder> holders;

	@Test
	void helpfulCountsOncePerMemberEvenWhenPressedConcurrently() {
		Flux.range(0, 20).flatMap((i) -> this.feedback.helpful(PRACTICE, Members.ALTENA, true), 20).blockLast();
		this.feedback.helpful(PRACTICE, Members.STEINFURT, true).block();
		Practice practice = this.catalog.publishedBySlug(PRACTICE).block();
		assertThat(this.feedback.summary(practice, Members.ALTENA).block().helpful()).isEqualTo(2);
		this.feedback.helpful(PRACTICE, Members.ALTENA, false).block();
		PracticeFeedback.Summary summary = this.feedback.summary(practice, Members.ALTENA).block();
		assertThat(summary.helpful()).isEqualTo(1);
		assertThat(summary.helpfulForMe()).isFalse();
	}

	@Test
	void municipalitiesReportAdoptionOnceAndThePracticeShowsThem() {
		this.pages.as(Members.ALTENA)
			.post()
			.uri("/praxis/" + PRACTICE + "/uebernommen")
			.body(BodyInserters.fromFormData("wert", "ja"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		this.feedback.adopted(PRACTICE, Members.ALTENA, true).block();
		String page = this.pages.anonymous()
			.get()
			.uri("/praxis/" + PRACTICE)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Übernommen von").contains("Stadt Altena");
		Practice practice = this.catalog.publishedBySlug(PRACTICE).block();
		assertThat(this.feedback.summary(practice, null).block().adoptedBy()).containsExactly("stadt-altena");
	}

	@Test
	void theAuthorsMunicipalityCannotAdoptItsOwnPractice() {
		assertThatExceptionOfType(PracticeDenied.class)
			.isThrownBy(() -> this.feedback.adopted(PRACTICE, Members.EDITOR, true).block());
		this.pages.as(Members.EDITOR)
			.post()
			.uri("/praxis/" + PRACTICE + "/uebernommen")
			.body(BodyInserters.fromFormData("wert", "ja"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aDeletedAccountLeavesNoNameInTheKnowledgeBase() {
		this.feedback.helpful(PRACTICE, Members.STEINFURT_COLLEAGUE, true).block();
		Practice draft = this.authoring
			.create(Members.STEINFURT_COLLEAGUE,
					PracticeAuthoringTests.content("Von Kai geschrieben", List.of("kreis-steinfurt")))
			.block();
		MemberDataHolder data = this.holders.stream()
			.filter((holder) -> "praxisbeispiele".equals(holder.key()))
			.findFirst()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		Map<String, Object> before = (Map<String, Object>) data.export(Members.STEINFURT_COLLEAGUE).block();
		assertThat((List<?>) before.get("hilfreich")).hasSize(1);
		data.erase(Members.STEINFURT_COLLEAGUE).block();
		@SuppressWarnings("unchecked")
		Map<String, Object> after = (Map<String, Object>) data.export(Members.STEINFURT_COLLEAGUE).block();
		assertThat(after.values()).allSatisfy((list) -> assertThat((List<?>) list).isEmpty());
		assertThat(this.authoring.revisions(draft).collectList().block()).extracting(PracticeRevision::savedByName)
			.containsOnly("ehemaliges Mitglied");
		Practice kept = this.authoring.find(draft.slug(), Members.STEINFURT).block();
		assertThat(kept.authorId()).isNull();
		assertThat(kept.contributors()).isEmpty();
	}

}
