package de.impulsnetz.talk.discovery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.SeriesContent;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkContent;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.authoring.TalkAuthoring;
import de.impulsnetz.talk.authoring.TalkInvalid;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registration link of a talk: only an existing event of kind Impuls-Termin may be
 * named, refused alike on the page and in the API with the German reason; the talk page
 * links to it ("Zur Teilnahme"), and the Impuls-Termin lists its talks as far as the
 * reader may see them.
 */
@IntegrationTest
class TalkEventLinkTests {

	private final PageClient pages;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	TalkAuthoring authoring;

	@Autowired
	TalkLibrary library;

	private TalkSeries series;

	private String impulsTermin;

	private String barcamp;

	TalkEventLinkTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@BeforeEach
	void eventsAndSeries() {
		this.impulsTermin = event(EventKind.IMPULS_TERMIN);
		this.barcamp = event(EventKind.BARCAMP);
		this.series = this.authoring
			.createSeries(Members.ORGANISER,
					new SeriesContent("Termintest " + System.nanoTime(), "stadt-altena", List.of(), ""))
			.block();
	}

	@Test
	void theApiLinksOnlyAnImpulsTermin() {
		String talks = "/api/v1/impulse/" + this.series.slug() + "/vortraege";
		Map<String, Object> otherKind = post(talks, apiTalk("Beim Barcamp", this.barcamp), HttpStatus.BAD_REQUEST);
		assertThat(otherKind.get("detail")).isEqualTo("„" + this.barcamp + "“ ist kein Impuls-Termin im Impulsnetz.");
		Map<String, Object> unknown = post(talks, apiTalk("Nirgends", "gibt-es-nicht-" + System.nanoTime()),
				HttpStatus.BAD_REQUEST);
		assertThat(unknown.get("detail")).asString().contains("ist kein Impuls-Termin im Impulsnetz");
		assertThat(this.library.talksOf(this.series.slug()).collectList().block()).isEmpty();

		Map<String, Object> created = post(talks, apiTalk("Mit Anmeldung", this.impulsTermin), HttpStatus.CREATED);
		String path = talks + "/" + created.get("slug");
		Map<String, Object> read = exchange(HttpMethod.GET, path, null, HttpStatus.OK);
		assertThat(read.get("event")).isEqualTo(this.impulsTermin);
		long version = ((Number) read.get("version")).longValue();

		Map<String, Object> patched = exchange(HttpMethod.PATCH, path,
				Map.of("event", this.barcamp, "version", version), HttpStatus.BAD_REQUEST);
		assertThat(patched.get("detail")).asString().contains(this.barcamp, "kein Impuls-Termin");
		assertThat(this.library.talk(this.series.slug(), (String) created.get("slug")).block().event())
			.isEqualTo(this.impulsTermin);
	}

	@Test
	void thePageLinksOnlyAnImpulsTerminAndKeepsWhatWasTyped() {
		String form = "/impulse/" + this.series.slug() + "/neu";
		String otherKind = this.pages.post(Members.ORGANISER, form, pageTalk("Seite beim Barcamp", this.barcamp),
				HttpStatus.BAD_REQUEST);
		assertThat(otherKind).contains("„" + this.barcamp + "“ ist kein Impuls-Termin im Impulsnetz.",
				"value=\"Seite beim Barcamp\"", "id=\"event-fehler\"");
		String unknown = this.pages.post(Members.ORGANISER, form, pageTalk("Seite ohne Termin", "gibt-es-nicht"),
				HttpStatus.BAD_REQUEST);
		assertThat(unknown).contains("„gibt-es-nicht“ ist kein Impuls-Termin im Impulsnetz.");
		assertThat(this.library.talksOf(this.series.slug()).collectList().block()).isEmpty();

		String hub = this.pages.redirected(Members.ORGANISER, form, pageTalk("Seite mit Anmeldung", this.impulsTermin));
		assertThat(hub).endsWith("/seite-mit-anmeldung/bearbeiten");
		assertThat(this.library.talk(this.series.slug(), "seite-mit-anmeldung").block().event())
			.isEqualTo(this.impulsTermin);
	}

	@Test
	void theTalkLinksToTheRegistrationAndTheImpulsTerminListsItsTalks() {
		Talk open = talk("Offener Termin-Vortrag", Visibility.PUBLIC);
		Talk closed = talk("Interner Termin-Vortrag", Visibility.MEMBERS);
		String talkPage = this.pages.get(null, "/impulse/" + open.key(), HttpStatus.OK);
		assertThat(talkPage).contains("Zur Teilnahme", "href=\"/veranstaltungen/" + this.impulsTermin + "\"");

		String anonymous = this.pages.get(null, "/veranstaltungen/" + this.impulsTermin, HttpStatus.OK);
		assertThat(anonymous)
			.contains("Vorträge bei diesem Termin", "href=\"/impulse/" + open.key() + "\"", "Offener Termin-Vortrag")
			.doesNotContain("/impulse/" + closed.key(), "Interner Termin-Vortrag");
		assertThat(this.pages.get(Members.STEINFURT, "/veranstaltungen/" + this.impulsTermin, HttpStatus.OK))
			.contains("href=\"/impulse/" + open.key() + "\"", "href=\"/impulse/" + closed.key() + "\"");
		assertThat(this.pages.get(null, "/veranstaltungen/" + this.barcamp, HttpStatus.OK))
			.doesNotContain("Vorträge bei diesem Termin");

		String api = "/api/v1/veranstaltungen/" + this.impulsTermin;
		assertThat(apiTalkPages(null, api)).containsExactly("/impulse/" + open.key());
		assertThat(apiTalkPages(Members.STEINFURT, api)).containsExactlyInAnyOrder("/impulse/" + open.key(),
				"/impulse/" + closed.key());
		assertThat(apiTalkPages(null, "/api/v1/veranstaltungen/" + this.barcamp)).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<Object> apiTalkPages(@Nullable Member caller, String path) {
		List<Map<String, Object>> talks = (List<Map<String, Object>>) this.pages
			.api(caller, HttpMethod.GET, path, null, HttpStatus.OK)
			.get("talks");
		return talks.stream().map((talk) -> talk.get("page")).toList();
	}

	@Test
	void aTalkWhoseImpulsTerminIsGoneCanStillBeSavedButNoLongerLinksToIt() {
		Talk talk = talk("Verwaister Vortrag", Visibility.PUBLIC);
		this.mongo.remove(Query.query(Criteria.where("slug").is(this.impulsTermin)), Event.class).block();
		Talk saved = this.authoring
			.updateTalk(this.series.slug(), talk.slug(), Members.ORGANISER,
					content("Neuer Titel", this.impulsTermin, Visibility.PUBLIC), talk.version())
			.block();
		assertThat(saved.title()).isEqualTo("Neuer Titel");
		assertThat(this.pages.get(null, "/impulse/" + talk.key(), HttpStatus.OK)).contains("Neuer Titel")
			.doesNotContain("Zur Teilnahme", "/veranstaltungen/" + this.impulsTermin);
		assertThatThrownBy(() -> this.authoring
			.createTalk(this.series.slug(), Members.ORGANISER, content("Neu", this.impulsTermin, Visibility.PUBLIC))
			.block()).isInstanceOf(TalkInvalid.class);
	}

	private Talk talk(String title, Visibility visibility) {
		return this.authoring
			.createTalk(this.series.slug(), Members.ORGANISER, content(title, this.impulsTermin, visibility))
			.block();
	}

	private static TalkContent content(String title, String event, Visibility visibility) {
		return new TalkContent(title, Instant.parse("2099-05-06T10:00:00Z"), 60,
				List.of(new Speaker("Erika Muster", "Uni")), "", event, visibility);
	}

	private String event(EventKind kind) {
		String slug = kind.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		this.mongo
			.insert(new Event(null, slug, "Termin " + slug, kind, start, start.plus(2, ChronoUnit.HOURS),
					new Venue("Rathaus", null, null, "Altena"), List.of("stadt-altena"), 30, "Ein Termin.", List.of(),
					List.of(), null, null, null, null, null, null))
			.block();
		return slug;
	}

	private static Map<String, Object> apiTalk(String title, String event) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "startsAt", "2099-05-06T10:00:00+02:00",
				"durationMinutes", 60, "abstract", "", "speakers", List.of(Map.of("name", "Erika Muster"))));
		body.put("event", event);
		return body;
	}

	private static MultiValueMap<String, String> pageTalk(String title, String event) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", title);
		form.add("startsAt", "2099-05-06T10:00");
		form.add("durationMinutes", "60");
		form.add("speakers[0].name", "Erika Muster");
		form.add("speakers[0].affiliation", "Uni");
		form.add("abstractText", "");
		form.add("event", event);
		form.add("visibility", "PUBLIC");
		return form;
	}

	private Map<String, Object> post(String path, Object body, HttpStatus status) {
		return exchange(HttpMethod.POST, path, body, status);
	}

	private Map<String, Object> exchange(HttpMethod method, String path, @Nullable Object body, HttpStatus status) {
		return this.pages.api(Members.ORGANISER, method, path, body, status);
	}

}
