package de.impulsnetz.talk.discovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
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
import de.impulsnetz.talk.captions.CaptionTrack;
import de.impulsnetz.talk.captions.SlideDeck;
import de.impulsnetz.talk.summary.Summary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Talks in search (slides, summary, transcript with the second, nothing of members-only
 * talks), related content on the talk page and the cases a talk inspired, both ways.
 */
@IntegrationTest
class TalkDiscoveryTests {

	private static final String VTT = """
			WEBVTT

			00:00:01.000 --> 00:00:04.000
			<v Anna Beispiel>Willkommen zur Impulsreihe.

			00:12:34.000 --> 00:12:38.000
			<v Anna Beispiel>Heute geht es um Zaunkönigprotokolle.
			""";

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Search search;

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	ApplicationContext context;

	private Talk talk;

	private Talk membersOnly;

	@BeforeEach
	void talks() {
		this.talk = talk("Quittenernte im Kreishaus", Visibility.PUBLIC);
		this.mongo.insert(new CaptionTrack(null, this.talk.id(), "de", VTT, 2, Instant.now())).block();
		this.mongo
			.insert(new SlideDeck(this.talk.id(), "000000000000000000000000", 100, 1,
					"Folie 3: Holunderblütensirup für alle", Instant.now()))
			.block();
		this.mongo
			.insert(new Summary(this.talk.id(), this.talk.series(), this.talk.slug(), "Entwurf", 2,
					"Wir sprachen über Mirabellenkompott.", 1, Instant.now(), Instant.now(), null))
			.block();
		this.membersOnly = talk("Geheimtreffen der Pflaumenbäume", Visibility.MEMBERS);
		this.mongo
			.insert(new CaptionTrack(null, this.membersOnly.id(), "de", VTT.replace("Zaunkönig", "Eisvogel"), 2,
					Instant.now()))
			.block();
		this.search.rebuild().block();
	}

	@Test
	void aWordOnlyInTheSlidesOrTheSummaryFindsTheTalk() {
		assertThat(hits("Holunderblütensirup")).extracting(SearchHit::url).contains(base(this.talk));
		assertThat(hits("Mirabellenkompott")).extracting(SearchHit::url).contains(base(this.talk));
	}

	@Test
	void aWordOnlyInTheTranscriptLinksToTheSecondItIsSpoken() {
		SearchHit hit = hits("Zaunkönigprotokolle").stream()
			.filter((found) -> found.key().equals(this.talk.key()))
			.findFirst()
			.orElseThrow();
		assertThat(hit.url()).isEqualTo(base(this.talk) + "/transkript?t=754#player");
		assertThat(hit.place()).isEqualTo("12:34");
		String page = new PageClient(this.context).get(null, "/suche?q=Zaunkönigprotokolle", HttpStatus.OK);
		assertThat(page).contains("bei 12:34", "transkript?t=754#player");
	}

	@Test
	void aTalkForMembersIsNotFound() {
		assertThat(hits("Pflaumenbäume")).extracting(SearchHit::key).doesNotContain(this.membersOnly.key());
		assertThat(hits("Eisvogelprotokolle")).extracting(SearchHit::key).doesNotContain(this.membersOnly.key());
		assertThat(hits("Quittenernte")).extracting(SearchHit::key).contains(this.talk.key());
	}

	@Test
	void theTalkPageListsRelatedCasesAndTheCasesItInspired() {
		Practice related = published(
				PracticeAuthoringTests.content("Quittenernte mit Freiwilligen", List.of("kreis-steinfurt")));
		PracticeContent inspired = PracticeAuthoringTests.content("Saftpresse im Rathaus", List.of("kreis-steinfurt"));
		Practice named = published(new PracticeContent(inspired.title(), inspired.teaser(), inspired.municipalities(),
				inspired.channels(), inspired.topics(), inspired.institutionKind(), inspired.body(), null, List.of(),
				List.of(), null, this.talk.key()));
		TalkLinks links = this.context.getBean(TalkLinks.class);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> links.inspired(this.talk).block().stream().anyMatch((hit) -> hit.key().equals(named.slug()))
					&& this.search.find("praxis", related.slug()).block() != null);
		assertThat(links.related(this.talk).block()).extracting(SearchHit::key)
			.contains(related.slug())
			.doesNotContain(named.slug());

		String talkPage = new PageClient(this.context).get(null, base(this.talk), HttpStatus.OK);
		assertThat(talkPage).contains("Von diesem Vortrag angeregt", "/praxis/" + named.slug(), "Passend dazu",
				"/praxis/" + related.slug());
		String casePage = new PageClient(this.context).get(null, "/praxis/" + named.slug(), HttpStatus.OK);
		assertThat(casePage).contains("Angeregt durch den Impuls", "href=\"" + base(this.talk) + "\"",
				"Quittenernte im Kreishaus");
		String otherCase = new PageClient(this.context).get(null, "/praxis/" + related.slug(), HttpStatus.OK);
		assertThat(otherCase).doesNotContain("Angeregt durch den Impuls");
	}

	private Practice published(PracticeContent content) {
		Practice draft = this.authoring.create(Members.STEINFURT, content).block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		return this.authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block();
	}

	private List<SearchHit> hits(String query) {
		return this.search.search(query, Talk.SEARCH_KIND, 100).block().hits();
	}

	private Talk talk(String title, Visibility visibility) {
		String series = "entdecken-" + UUID.randomUUID().toString().substring(0, 8);
		this.mongo
			.insert(new TalkSeries(null, series, "Entdecken-Testreihe", "stadt-altena", "Reihe", null, null, null))
			.block();
		Speaker speaker = new Speaker("Anna Beispiel", "Jobcenter", null, new Consent(true, true, Licence.CC_BY_4_0));
		return this.mongo
			.insert(new Talk(null, series, "vortrag", title, Instant.parse("2026-03-01T10:00:00Z"), 60,
					List.of(speaker), "Ein Vortrag über Obst im Amt.", null, TalkState.PUBLISHED, visibility, "", null,
					Instant.now(), null))
			.block();
	}

	private static String base(Talk talk) {
		return "/impulse/" + talk.series() + "/" + talk.slug();
	}

}
