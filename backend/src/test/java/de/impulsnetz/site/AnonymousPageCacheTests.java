package de.impulsnetz.site;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.shared.work.MemoryCopies;
import de.impulsnetz.talk.recording.RecordingProcessed;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Anonymous pages come from memory and every change shows on the very next anonymous
 * request; members never get nor leave a kept page; 304 only for what is unchanged. The
 * cache is off in the test profile; this class switches it on for itself.
 */
@IntegrationTest
class AnonymousPageCacheTests {

	private static final String CASE = "kleine-social-media-strategie-fuer-soziale-einrichtungen";

	private static final String CASE_PAGE = "/praxis/" + CASE;

	private static final String AUTHORS = "sozialwerk-muensterland";

	private final PageClient pages;

	private final WebTestClient anonymous;

	@Autowired
	PageCache cache;

	@Autowired
	MemoryCopies copies;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	MunicipalityDirectory directory;

	AnonymousPageCacheTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
		this.anonymous = this.pages.anonymous();
	}

	@BeforeEach
	void switchOn() {
		this.cache.enabled(true);
		this.copies.enabled(true);
	}

	@AfterEach
	void switchOff() {
		this.cache.enabled(false);
		this.copies.enabled(false);
	}

	@Test
	void anAnonymousPageIsRenderedOnceAndThenServedFromMemoryWithPublicHeaders() {
		unlessSomethingElseChanged(() -> {
			EntityExchangeResult<String> first = get(this.anonymous, CASE_PAGE);
			assertThat(first.getResponseHeaders().getCacheControl())
				.isEqualTo("public, max-age=60, stale-while-revalidate=300");
			assertThat(first.getResponseHeaders().getVary()).containsExactly(HttpHeaders.COOKIE,
					HttpHeaders.ACCEPT_ENCODING);
			String etag = first.getResponseHeaders().getETag();
			assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
			// Written past every event: only a kept page still shows the old title.
			String title = title(CASE);
			retitle(CASE, "Unbemerkt geändert");
			try {
				EntityExchangeResult<String> second = get(this.anonymous, CASE_PAGE);
				assertThat(second.getResponseBody()).contains(title).doesNotContain("Unbemerkt geändert");
				assertThat(second.getResponseHeaders().getETag()).isEqualTo(etag);
				assertThat(second.getResponseHeaders().getFirst("Content-Security-Policy"))
					.contains("script-src 'self'");
				assertThat(second.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
				assertThat(second.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE)).isNull();
				this.anonymous.head()
					.uri(CASE_PAGE)
					.exchange()
					.expectStatus()
					.isOk()
					.expectHeader()
					.valueEquals(HttpHeaders.ETAG, etag)
					.expectBody()
					.isEmpty();
			}
			finally {
				retitle(CASE, title);
			}
		});
	}

	@Test
	void aCommentShowsOnTheNextAnonymousRequest() {
		get(this.anonymous, CASE_PAGE);
		ask("Gibt es das Video auch mit Untertiteln?");
		assertThat(get(this.anonymous, CASE_PAGE).getResponseBody())
			.contains("Gibt es das Video auch mit Untertiteln?");
	}

	@Test
	void anAdoptionShowsOnTheNextAnonymousRequest() {
		assertThat(get(this.anonymous, CASE_PAGE).getResponseBody()).doesNotContain("Übernommen von");
		adopt("ja");
		try {
			assertThat(get(this.anonymous, CASE_PAGE).getResponseBody()).contains("Übernommen von");
		}
		finally {
			adopt("nein");
		}
		assertThat(get(this.anonymous, CASE_PAGE).getResponseBody()).doesNotContain("Übernommen von");
	}

	private void ask(String question) {
		send("/fragen", "text", question);
	}

	private void adopt(String value) {
		send("/uebernommen", "wert", value);
	}

	private void helpful(String value) {
		send("/hilfreich", "wert", value);
	}

	/**
	 * A form of the case page, sent as a member of Altena.
	 */
	private void send(String action, String field, String value) {
		this.pages.as(Members.ALTENA)
			.post()
			.uri(CASE_PAGE + action)
			.body(BodyInserters.fromFormData(field, value))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
	}

	@Test
	void aPublicationShowsOnTheNextAnonymousRequest(@Autowired PracticeAuthoring authoring) {
		String title = "Zwischengespeicherte Liste " + System.nanoTime();
		Practice draft = authoring.create(Members.STEINFURT,
				PracticeContent.essentials(title, "Kurz gesagt: " + title, List.of("kreis-steinfurt"),
						List.of(Platform.INSTAGRAM), List.of("Bürgerbeteiligung"), MunicipalityKind.KREIS,
						PracticeContent.template()))
			.block();
		authoring.submit(draft.slug(), Members.STEINFURT).block();
		assertThat(get(this.anonymous, "/praxis?sortierung=neueste").getResponseBody()).doesNotContain(title);
		assertThat(get(this.anonymous, "/").getResponseBody()).doesNotContain(title);
		authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block();
		assertThat(get(this.anonymous, "/praxis?sortierung=neueste").getResponseBody()).contains(title);
		assertThat(get(this.anonymous, "/").getResponseBody()).contains(title);
	}

	@Test
	void aPlanChangeShowsOnTheNextAnonymousRequest(@Autowired EventCalendar calendar, @Autowired Proposals proposals,
			@Autowired SessionPlans plans) {
		Event event = calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		SessionProposal proposal = proposals
			.propose(event, Members.ORGANISER, People.proposal("Frisch eingeplant"), "Eva")
			.block();
		String plan = "/veranstaltungen/" + event.slug() + "/plan";
		String schedule = "/veranstaltungen/" + event.slug() + "/schedule.json";
		assertThat(get(this.anonymous, schedule).getResponseBody()).doesNotContain("Frisch eingeplant");
		String before = get(this.anonymous, plan).getResponseBody();
		plans.place(event, Members.ORGANISER, proposal.id(), "Saal", 1).block();
		assertThat(get(this.anonymous, plan).getResponseBody()).isNotEqualTo(before).contains("Frisch eingeplant");
		assertThat(get(this.anonymous, schedule).getResponseBody()).contains("Frisch eingeplant");
	}

	@Test
	void aRenamedMunicipalityShowsOnTheNextAnonymousRequestAndOnMembersPages() {
		Municipality authors = this.directory.bySlug(AUTHORS).block();
		assertThat(get(this.anonymous, "/kommunen/" + AUTHORS).getResponseBody()).contains(authors.name());
		assertThat(get(this.anonymous, CASE_PAGE).getResponseBody()).contains(authors.name());
		assertThat(get(member(Members.STEINFURT), CASE_PAGE).getResponseBody()).contains(authors.name());
		rename(authors, "Sozialwerk Umbenannt-Neuhausen");
		try {
			assertThat(get(this.anonymous, "/kommunen/" + AUTHORS).getResponseBody())
				.contains("Sozialwerk Umbenannt-Neuhausen");
			assertThat(get(this.anonymous, CASE_PAGE).getResponseBody()).contains("Sozialwerk Umbenannt-Neuhausen");
			assertThat(get(member(Members.STEINFURT), CASE_PAGE).getResponseBody())
				.contains("Sozialwerk Umbenannt-Neuhausen");
		}
		finally {
			rename(authors, authors.name());
		}
	}

	@Test
	void aMemberNeitherGetsNorLeavesAKeptPage() {
		Member reader = new Member("page-cache-reader", "paula", "Paula Privat", null, "stadt-altena",
				Set.of(Role.MEMBER));
		String anonymousPage = get(this.anonymous, CASE_PAGE).getResponseBody();
		assertThat(anonymousPage).doesNotContain("site-account__name");
		EntityExchangeResult<String> mine = get(member(reader), CASE_PAGE);
		assertThat(mine.getResponseBody()).contains("Paula Privat").contains("site-account__name");
		assertThat(mine.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
		assertThat(mine.getResponseHeaders().getETag()).isNull();
		// A page rendered for a member first is not kept for anonymous readers either,
		// even
		// when the login came without a session cookie (the mocked login of tests).
		this.cache.clear();
		EntityExchangeResult<String> withoutCookie = get(this.pages.as(reader), CASE_PAGE);
		assertThat(withoutCookie.getResponseBody()).contains("Paula Privat");
		assertThat(withoutCookie.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
		for (int i = 0; i < 2; i++) {
			assertThat(get(this.anonymous, CASE_PAGE).getResponseBody()).doesNotContain("Paula Privat")
				.doesNotContain("site-account__name");
		}
		assertThat(get(member(reader), CASE_PAGE).getResponseBody()).contains("Paula Privat");
	}

	@Test
	void aMembersPageReadsWhatEveryoneSharesFromMemory(@Autowired MeterRegistry meters) {
		unlessSomethingElseChanged(() -> {
			Map<String, Long> read = readsOfAMembersCasePage(meters);
			// Only what is hers (her session, whether she watches the case; the mail
			// outbox is a worker's poll). The published case, the municipalities, the
			// related cases, who found it helpful and who adopted it, the questions and
			// the talks on the topic come from memory.
			assertThat(read).containsKey("practice_watches")
				.doesNotContainKeys("practices", "municipalities", "practice_helpful", "practice_adoptions",
						"practice_comments", "talks", "talkSeries");
			assertThat(read.keySet()).isSubsetOf("practice_watches", "webSessions", "mailOutbox");
		});
		this.copies.enabled(false);
		Map<String, Long> withoutCopies = readsOfAMembersCasePage(meters);
		assertThat(withoutCopies).containsKeys("municipalities", "practices", "practice_helpful", "practice_adoptions",
				"practice_comments");
	}

	@Test
	void aMembersOwnMarkAndQuestionShowOnHerNextRequest() {
		WebTestClient altena = member(Members.ALTENA);
		assertThat(get(altena, CASE_PAGE).getResponseBody()).contains(">Hilfreich<")
			.doesNotContain("Markierung zurücknehmen");
		helpful("ja");
		try {
			assertThat(get(altena, CASE_PAGE).getResponseBody()).contains("Markierung zurücknehmen");
			ask("Wie lange hat der Dreh gedauert?");
			assertThat(get(altena, CASE_PAGE).getResponseBody()).contains("Wie lange hat der Dreh gedauert?");
		}
		finally {
			helpful("nein");
		}
		assertThat(get(altena, CASE_PAGE).getResponseBody()).doesNotContain("Markierung zurücknehmen");
	}

	private Map<String, Long> readsOfAMembersCasePage(MeterRegistry meters) {
		get(member(Members.STEINFURT), CASE_PAGE);
		Map<String, Long> before = commandsByCollection(meters);
		get(member(Members.STEINFURT), CASE_PAGE);
		Map<String, Long> read = new TreeMap<>();
		commandsByCollection(meters).forEach((collection, count) -> {
			long more = count - before.getOrDefault(collection, 0L);
			if (more > 0) {
				read.put(collection, more);
			}
		});
		return read;
	}

	private static Map<String, Long> commandsByCollection(MeterRegistry meters) {
		Map<String, Long> counts = new TreeMap<>();
		meters.find("mongodb.driver.commands")
			.timers()
			.forEach((timer) -> counts.merge(String.valueOf(timer.getId().getTag("collection")), timer.count(),
					Long::sum));
		return counts;
	}

	@Test
	void notModifiedOnlyWhileThePageIsUnchanged() {
		String etag = get(this.anonymous, CASE_PAGE).getResponseHeaders().getETag();
		this.anonymous.get()
			.uri(CASE_PAGE)
			.ifNoneMatch(etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
		ask("Und wie lange hat der Dreh gedauert?");
		for (int i = 0; i < 2; i++) {
			EntityExchangeResult<String> changed = this.anonymous.get()
				.uri(CASE_PAGE)
				.ifNoneMatch(etag)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult();
			assertThat(changed.getResponseBody()).contains("Und wie lange hat der Dreh gedauert?");
			assertThat(changed.getResponseHeaders().getETag()).isNotEqualTo(etag);
		}
	}

	@Test
	void ifModifiedSinceIsAnsweredFromTheKeptPage() {
		get(this.anonymous, "/impressum");
		// Last-Modified is named once the second the page was rendered in is over.
		long lastModified = await().atMost(Duration.ofSeconds(3))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> get(this.anonymous, "/impressum").getResponseHeaders().getLastModified(),
					(named) -> named > 0);
		assertThat(modifiedSince("/impressum", lastModified)).isEqualTo(HttpStatus.NOT_MODIFIED);
		// A change: the page rendered again (and then kept) is newer than the reader's
		// copy.
		this.cache.clear();
		assertThat(modifiedSince("/impressum", lastModified)).isEqualTo(HttpStatus.OK);
		assertThat(modifiedSince("/impressum", lastModified)).isEqualTo(HttpStatus.OK);
	}

	@Test
	void eachLanguageKeepsItsOwnPage() {
		String german = get(this.anonymous, "/praxis").getResponseBody();
		String english = get(this.anonymous.mutate().defaultCookie("lang", "en").build(), "/praxis").getResponseBody();
		assertThat(german).contains("<html lang=\"de\">");
		assertThat(english).contains("<html lang=\"en\">");
		for (int i = 0; i < 2; i++) {
			assertThat(get(this.anonymous, "/praxis").getResponseBody()).isEqualTo(german);
			assertThat(get(this.anonymous.mutate().defaultCookie("lang", "en").build(), "/praxis").getResponseBody())
				.isEqualTo(english);
		}
		// Choosing the language sets a cookie: that answer is rendered, not kept.
		EntityExchangeResult<String> chosen = get(this.anonymous, "/praxis?lang=en");
		assertThat(chosen.getResponseBody()).contains("<html lang=\"en\">");
		assertThat(chosen.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE)).startsWith("lang=en");
		assertThat(get(this.anonymous, "/praxis").getResponseBody()).isEqualTo(german);
	}

	@Test
	void everyDomainEventDropsThePagesBeforeItsPublisherGoesOn(@Autowired ApplicationEventPublisher events) {
		long generation = this.cache.generation();
		events.publishEvent(new RecordingProcessed("impulsreihe-social-media", "das-format-amtfluencer"));
		assertThat(this.cache.generation()).isGreaterThan(generation);
		generation = this.cache.generation();
		events.publishEvent("not a domain event");
		assertThat(this.cache.generation()).isEqualTo(generation);
	}

	@Test
	void filesUnderPageAddressesAreStreamedNotKept() {
		for (int i = 0; i < 2; i++) {
			this.anonymous.get()
				.uri(CASE_PAGE + ".md")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith("text/markdown")
				.expectHeader()
				.doesNotExist(HttpHeaders.ETAG)
				.expectHeader()
				.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("no-store"));
		}
	}

	@Test
	void writesThatWereRefusedKeepThePages() {
		unlessSomethingElseChanged(() -> {
			long generation = this.cache.generation();
			this.anonymous.post()
				.uri(CASE_PAGE + "/fragen")
				.body(BodyInserters.fromFormData("text", "Ohne Anmeldung"))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.anonymous.mutateWith(SecurityMockServerConfigurers.csrf())
				.post()
				.uri(CASE_PAGE + "/fragen")
				.body(BodyInserters.fromFormData("text", "Ohne Anmeldung"))
				.exchange()
				.expectStatus()
				.is3xxRedirection()
				.expectHeader()
				.value(HttpHeaders.LOCATION, (location) -> assertThat(location).startsWith("/anmelden"));
			this.pages.as(Members.ALTENA)
				.post()
				.uri(CASE_PAGE + "/fragen")
				.body(BodyInserters.fromFormData("text", " "))
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(this.cache.generation()).isEqualTo(generation);
		});
	}

	/**
	 * Runs the check again (three times at most) when something else dropped the pages
	 * meanwhile: work of other test classes may still be finishing in the background.
	 */
	private void unlessSomethingElseChanged(Runnable check) {
		for (int attempt = 1;; attempt++) {
			long generation = this.cache.generation();
			try {
				check.run();
				return;
			}
			catch (AssertionError failure) {
				if (attempt == 3 || this.cache.generation() == generation) {
					throw failure;
				}
			}
		}
	}

	private HttpStatusCode modifiedSince(String path, long since) {
		return this.anonymous.get()
			.uri(path)
			.ifModifiedSince(ZonedDateTime.ofInstant(Instant.ofEpochMilli(since), ZoneOffset.UTC))
			.exchange()
			.returnResult(String.class)
			.getStatus();
	}

	private WebTestClient member(Member member) {
		return this.pages.as(member).mutate().defaultCookie("IMPULSNETZ_SESSION", "session-of-" + member.id()).build();
	}

	private static EntityExchangeResult<String> get(WebTestClient client, String path) {
		return client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
	}

	private String title(String slug) {
		return this.mongo.findOne(Query.query(Criteria.where("slug").is(slug)), Practice.class).block().title();
	}

	private void retitle(String slug, String title) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("slug").is(slug)), Update.update("content.title", title),
					Practice.class)
			.block();
	}

	private void rename(Municipality municipality, String name) {
		UnaryOperator<Municipality> renamed = (m) -> new Municipality(null, m.slug(), name, m.kind(), m.region(),
				m.state(), m.website(), m.emailDomains(), m.partOf(), m.description(),
				new ImportStamp("kommunen/" + m.slug() + ".md", "renamed-to-" + name, Instant.now()), null, null);
		this.directory.importFromContent(renamed.apply(municipality)).block();
	}

}
