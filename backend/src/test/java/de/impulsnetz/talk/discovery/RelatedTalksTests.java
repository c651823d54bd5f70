package de.impulsnetz.talk.discovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.proposal.ProposalStatus;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeAuthoringTests;
import de.impulsnetz.search.Search;
import de.impulsnetz.search.SearchHit;
import de.impulsnetz.talk.publication.Consent;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.Visibility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Impulse zum Thema" on a Praxisbeispiel and a barcamp session: the talk the case names
 * and the talks whose pages list the case or session as related (the same rule both
 * ways), only published ones, and members-only talks only for members.
 */
@IntegrationTest
class RelatedTalksTests {

	/** Words no other test uses, so that these documents find each other first. */
	private static final String WORDS = "Quittenbaumschnittkurse und Streuobstwiesenfeste";

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Search search;

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	TalkLinks links;

	private final PageClient pages;

	private Talk published;

	private Talk held;

	private Talk membersOnly;

	RelatedTalksTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@BeforeEach
	void talks() {
		this.published = talk("Veröffentlicht: " + WORDS, TalkState.PUBLISHED, Visibility.PUBLIC);
		this.held = talk("Noch nicht veröffentlicht: " + WORDS, TalkState.HELD, Visibility.PUBLIC);
		this.membersOnly = talk("Nur für Mitglieder: " + WORDS, TalkState.PUBLISHED, Visibility.MEMBERS);
		this.search.rebuild().block();
	}

	@Test
	void aCaseShowsThePublishedTalksOnItsTopicAndNamedTalksOnlyToThoseWhoMayReadThem() {
		Practice onTopic = published(PracticeAuthoringTests.withBody(
				PracticeAuthoringTests.content("Obstwiesen im Ehrenamt", List.of("kreis-steinfurt")),
				"Wir planen " + WORDS + " mit Freiwilligen."), null);
		Practice naming = published(
				PracticeAuthoringTests.content("Ein ganz anderes Thema", List.of("kreis-steinfurt")),
				this.membersOnly.key());
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.search.find("praxis", onTopic.slug()).block() != null
					&& this.search.find("praxis", naming.slug()).block() != null);
		assertThat(this.links.related(this.published).block()).as("the talk page lists the case")
			.extracting(SearchHit::key)
			.contains(onTopic.slug());

		String anonymous = this.pages.get(null, "/praxis/" + onTopic.slug(), HttpStatus.OK);
		assertThat(anonymous).contains("Impulse zum Thema", "href=\"" + href(this.published) + "\"")
			.doesNotContain(href(this.held), href(this.membersOnly));
		String member = this.pages.get(Members.STEINFURT, "/praxis/" + onTopic.slug(), HttpStatus.OK);
		assertThat(member).contains("href=\"" + href(this.published) + "\"").doesNotContain(href(this.held));

		assertThat(this.pages.get(null, "/praxis/" + naming.slug(), HttpStatus.OK))
			.doesNotContain(href(this.membersOnly));
		assertThat(this.pages.get(Members.STEINFURT, "/praxis/" + naming.slug(), HttpStatus.OK))
			.contains("Impulse zum Thema", "href=\"" + href(this.membersOnly) + "\"");
	}

	@Test
	void aCaseOnAnotherTopicShowsNoTalks() {
		Practice other = published(
				PracticeAuthoringTests.content("Hafenfest mit Feuerwehrkapelle", List.of("kreis-steinfurt")), null);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.search.find("praxis", other.slug()).block() != null);
		assertThat(this.pages.get(null, "/praxis/" + other.slug(), HttpStatus.OK)).doesNotContain(href(this.published),
				href(this.held), href(this.membersOnly));
	}

	@Test
	void aBarcampSessionShowsThePublishedTalksOnItsTopic() {
		String event = "obstcamp-" + UUID.randomUUID().toString().substring(0, 8);
		Instant start = Instant.parse("2027-06-01T08:00:00Z");
		this.mongo
			.insert(new Event(null, event, "Obstcamp", EventKind.BARCAMP, start, start.plusSeconds(6 * 3600),
					new Venue("Rathaus", null, null, "Altena"), List.of("stadt-altena"), 30, "Ein Barcamp.", List.of(),
					List.of(), null, null, null, null, null, null))
			.block();
		SessionProposal session = this.mongo
			.insert(new SessionProposal(null, event, "obstwiesen", "Obstwiesen gemeinsam pflegen",
					"Wir sammeln Ideen für " + WORDS + ".", ProposalFormat.DISKUSSION, "Mia Mitglied", null, null, 1,
					Set.of(), true, ProposalStatus.OPEN, null, Instant.now(), null, null, null))
			.block();
		this.search.rebuild().block();

		String page = this.pages.get(null, "/veranstaltungen/" + event + "/sessions/obstwiesen", HttpStatus.OK);
		assertThat(page).contains("Impulse zum Thema", "href=\"" + href(this.published) + "\"")
			.doesNotContain(href(this.held), href(this.membersOnly));
		assertThat(this.links.related(this.published).block()).extracting(SearchHit::key).contains(session.id());
	}

	private Practice published(PracticeContent content, @Nullable String talk) {
		PracticeContent named = (talk == null) ? content
				: new PracticeContent(content.title(), content.teaser(), content.municipalities(), content.channels(),
						content.topics(), content.institutionKind(), content.body(), null, List.of(), List.of(), null,
						talk);
		Practice draft = this.authoring.create(Members.STEINFURT, named).block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		return this.authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block();
	}

	private Talk talk(String title, TalkState state, Visibility visibility) {
		String series = "themen-" + UUID.randomUUID().toString().substring(0, 8);
		this.mongo.insert(new TalkSeries(null, series, "Themenreihe", "stadt-altena", "Reihe", null, null, null))
			.block();
		Speaker speaker = new Speaker("Anna Beispiel", "Jobcenter", null, new Consent(true, true, Licence.CC_BY_4_0));
		return this.mongo
			.insert(new Talk(null, series, "vortrag", title, Instant.parse("2026-03-01T10:00:00Z"), 60,
					List.of(speaker), "Wie " + WORDS + " Ehrenamtliche gewinnen.", null, state, visibility, "", null,
					Instant.now(), null))
			.block();
	}

	private static String href(Talk talk) {
		return "/impulse/" + talk.series() + "/" + talk.slug();
	}

}
