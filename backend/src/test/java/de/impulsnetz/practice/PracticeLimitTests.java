package de.impulsnetz.practice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeAuthoringTests;
import de.impulsnetz.practice.authoring.PracticeEditorTests;
import de.impulsnetz.practice.watches.PracticeWatches;
import de.impulsnetz.practice.watches.Watch;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one member may keep at once: open drafts and watches, counted in MongoDB. Beyond
 * the limit the editor keeps the text and says why, the API answers 429, and a watch
 * beyond it is refused with a German page; topics are of bounded length.
 */
@IntegrationTest
class PracticeLimitTests {

	private final PageClient pages;

	PracticeLimitTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	PracticeWatches watches;

	@Test
	void aMemberHasAtMostSoManyOpenDrafts() {
		Object configured = ReflectionTestUtils.getField(this.authoring, "draftsPerMember");
		ReflectionTestUtils.setField(this.authoring, "draftsPerMember", 3);
		try {
			draftsBeyondTheLimitAreRefused();
		}
		finally {
			ReflectionTestUtils.setField(this.authoring, "draftsPerMember", configured);
		}
	}

	private void draftsBeyondTheLimitAreRefused() {
		Member member = member("m-entwuerfe");
		for (int i = 0; i < 3; i++) {
			this.authoring
				.create(member, PracticeAuthoringTests.content("Entwurf Nummer " + i, List.of("kreis-steinfurt")))
				.block();
		}
		StepVerifier
			.create(this.authoring.create(member,
					PracticeAuthoringTests.content("Einer zu viel", List.of("kreis-steinfurt"))))
			.expectError(PracticeLimitReached.class)
			.verify(Duration.ofSeconds(10));

		String page = this.pages.post(member, "/praxis/neu",
				PracticeEditorTests.form("Noch ein Entwurf", "## Kernaussagen\n\nDieser Text bleibt stehen."),
				HttpStatus.TOO_MANY_REQUESTS);
		assertThat(page).contains("Sie haben schon so viele offene Entwürfe, wie möglich ist.")
			.contains("Dieser Text bleibt stehen.");

		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(member))
			.post()
			.uri("/api/v1/praxis")
			.bodyValue(Map.of("title", "Per API zu viel", "teaser", "Einer zu viel.", "municipalities",
					List.of("kreis-steinfurt"), "channels", List.of("INSTAGRAM"), "topics", List.of("Video"), "body",
					"## Kernaussagen\n\n- Zu viel"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Obergrenze erreicht")
			.jsonPath("$.detail")
			.isEqualTo("Sie haben schon so viele offene Entwürfe, wie möglich ist. Ihr Text ist unten noch da: "
					+ "Reichen Sie zuerst einen Entwurf ein oder führen Sie Ihren Text in einen bestehenden Entwurf über.");
	}

	@Test
	void aMemberWatchesAtMostAHundredThingsOfBoundedLength() {
		Member member = member("m-beobachtungen");
		for (int i = 0; i < 100; i++) {
			this.watches.watch(member, Watch.Kind.TOPIC, "Thema " + i).block();
		}
		// Watching again what is watched already changes nothing and is no error.
		assertThat(this.watches.watch(member, Watch.Kind.TOPIC, "Thema 7").block()).isNotNull();
		String page = this.pages.as(member)
			.post()
			.uri("/praxis/beobachten")
			.body(BodyInserters.fromFormData("thema", "Thema 100").with("wert", "ja"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Obergrenze erreicht");
		assertThat(this.watches.isWatching(member, Watch.Kind.TOPIC, "Thema 100").block()).isFalse();

		StepVerifier.create(this.watches.watch(member("m-lang"), Watch.Kind.TOPIC, "x".repeat(101)))
			.expectError(PracticeNotFound.class)
			.verify(Duration.ofSeconds(10));
	}

	private static Member member(String id) {
		return new Member(id, id, "Lina Limit", id + "@kreis-steinfurt.de", "kreis-steinfurt", Set.of(Role.MEMBER));
	}

}
