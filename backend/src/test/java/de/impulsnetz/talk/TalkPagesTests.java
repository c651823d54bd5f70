package de.impulsnetz.talk;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.authoring.TalkAuthoring;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisers' pages: starting a series, announcing a talk, the editing hub with
 * consent, state and what is missing for publication, a save refused because someone else
 * saved first (the member's text comes back), and the buttons on the public pages.
 */
@IntegrationTest
class TalkPagesTests {

	private final PageClient pages;

	@Autowired
	TalkAuthoring authoring;

	@Autowired
	TalkLibrary library;

	TalkPagesTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	void organisersStartASeriesOthersAreRefused() {
		this.pages.anonymous().get().uri("/impulse/neu").exchange().expectStatus().is3xxRedirection();
		this.pages.get(Members.STEINFURT, "/impulse/neu", HttpStatus.FORBIDDEN);
		assertThat(this.pages.get(Members.ORGANISER, "/impulse/neu", HttpStatus.OK)).contains("Impulsreihe anlegen",
				"Mitveranstaltende Kommunen");

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		String title = "Seitenreihe " + System.nanoTime();
		form.add("title", title);
		form.add("organiser", "stadt-altena");
		form.add("coOrganisers", "kreis-steinfurt");
		form.add("description", "Eine **Reihe**");
		String location = redirected(Members.ORGANISER, "/impulse/neu", form);
		String series = location.substring("/impulse/".length());

		assertThat(this.pages.get(Members.OTHER_ORGANISER, location, HttpStatus.OK)).contains("Reihe bearbeiten",
				"gemeinsam mit", "<strong>Reihe</strong>");
		assertThat(this.pages.get(null, location, HttpStatus.OK)).doesNotContain("Reihe bearbeiten");
		assertThat(this.library.series(series).block().coOrganisers()).containsExactly("kreis-steinfurt");
		assertThat(this.pages.get(null, "/kommunen/kreis-steinfurt", HttpStatus.OK)).as("co-organised series")
			.contains(title);
		form.set("organiser", "kreis-steinfurt");
		form.set("coOrganisers", "kreis-minden-luebbecke");
		this.pages.post(Members.ORGANISER, "/impulse/neu", form, HttpStatus.FORBIDDEN);
	}

	@Test
	void theHubShowsWhatIsMissingAndLinksTheMaterialPages() {
		TalkSeries series = newSeries();
		MultiValueMap<String, String> form = talkForm("Hub-Vortrag", "2025-05-06T10:00");
		String hub = redirected(Members.ORGANISER, "/impulse/" + series.slug() + "/neu", form);
		assertThat(hub).isEqualTo("/impulse/" + series.slug() + "/hub-vortrag/bearbeiten");

		String page = this.pages.get(Members.ORGANISER, hub, HttpStatus.OK);
		assertThat(page)
			.contains("Was vor der Veröffentlichung fehlt",
					"Erika Muster hat der Aufnahme und ihrer Veröffentlichung noch nicht zugestimmt", "stattgefunden",
					"/hub-vortrag/aufnahme", "/hub-vortrag/untertitel", "/hub-vortrag/zusammenfassung")
			.doesNotContain("noch nicht stattgefunden");
		this.pages.get(Members.OTHER_ORGANISER, hub, HttpStatus.FORBIDDEN);
		this.pages.get(Members.STEINFURT, hub, HttpStatus.FORBIDDEN);
		this.pages.anonymous().get().uri(hub).exchange().expectStatus().is3xxRedirection();

		String refused = this.pages.post(Members.ORGANISER,
				"/impulse/" + series.slug() + "/hub-vortrag/veroeffentlichen", new LinkedMultiValueMap<>(),
				HttpStatus.CONFLICT);
		assertThat(refused).contains("Der Vortrag ist nicht veröffentlicht", "Erika Muster hat");

		MultiValueMap<String, String> consent = new LinkedMultiValueMap<>();
		consent.add("speakers[0].name", "Erika Muster");
		consent.add("speakers[0].recording", "ja");
		consent.add("speakers[0].publication", "ja");
		consent.add("speakers[0].licence", "CC_BY_SA_4_0");
		String saved = redirected(Members.ORGANISER, "/impulse/" + series.slug() + "/hub-vortrag/einwilligungen",
				consent);
		assertThat(this.pages.get(Members.ORGANISER, saved + "?einwilligungen", HttpStatus.OK))
			.contains("Die Einwilligungen sind gespeichert", "Nichts mehr: Der Vortrag kann veröffentlicht werden")
			.doesNotContain("Der Vortrag ist angekündigt.");
		redirected(Members.ORGANISER, "/impulse/" + series.slug() + "/hub-vortrag/veroeffentlichen",
				new LinkedMultiValueMap<>());

		String published = this.pages.get(null, "/impulse/" + series.slug() + "/hub-vortrag", HttpStatus.OK);
		assertThat(published)
			.contains("veröffentlicht", "CC BY-SA 4.0", "Ein <strong>Impuls</strong>", "Forscht zu Kommunikation")
			.doesNotContain("Vortrag bearbeiten");
		assertThat(this.pages.get(Members.ORGANISER, "/impulse/" + series.slug() + "/hub-vortrag", HttpStatus.OK))
			.contains("Vortrag bearbeiten");
	}

	@Test
	void aSaveAfterSomeoneElsesComesBackWithTheMembersText() {
		TalkSeries series = newSeries();
		Talk talk = this.authoring
			.createTalk(series.slug(), Members.ORGANISER,
					new TalkContent("Konflikt", Instant.parse("2099-01-01T10:00:00Z"), 45,
							List.of(new Speaker("Erika Muster", "Uni")), "", null, null))
			.block();
		this.authoring.updateTalk(series.slug(), talk.slug(), Members.ADMIN,
				new TalkContent("Von der Admin", talk.startsAt(), 45, talk.speakers(), "", null, null), talk.version())
			.block();

		MultiValueMap<String, String> form = talkForm("Mein neuer Titel", "2099-01-01T11:00");
		form.add("version", String.valueOf(talk.version()));
		String page = this.pages.post(Members.ORGANISER, "/impulse/" + series.slug() + "/konflikt/bearbeiten", form,
				HttpStatus.CONFLICT);

		assertThat(page).contains("hat jemand anderes gespeichert", "value=\"Mein neuer Titel\"",
				"name=\"version\" value=\"" + (talk.version() + 1) + "\"");
		assertThat(this.library.talk(series.slug(), "konflikt").block().title()).isEqualTo("Von der Admin");
	}

	@Test
	void aTalkMovesToHeldByHandAndBackButNeverToPublished() {
		TalkSeries series = newSeries();
		Talk talk = this.authoring
			.createTalk(series.slug(), Members.ORGANISER,
					new TalkContent("Stand", Instant.parse("2099-01-01T10:00:00Z"), 45,
							List.of(new Speaker("Erika Muster", "Uni")), "", null, null))
			.block();
		String base = "/impulse/" + series.slug() + "/" + talk.slug();
		MultiValueMap<String, String> held = new LinkedMultiValueMap<>();
		held.add("status", "stattgefunden");

		redirected(Members.ORGANISER, base + "/status", held);
		assertThat(this.library.talk(series.slug(), talk.slug()).block().state()).isEqualTo(TalkState.HELD);
		held.set("status", "veroeffentlicht");
		this.pages.post(Members.ORGANISER, base + "/status", held, HttpStatus.BAD_REQUEST);
		held.set("status", "angekuendigt");
		this.pages.post(Members.OTHER_ORGANISER, base + "/status", held, HttpStatus.FORBIDDEN);
		redirected(Members.ORGANISER, base + "/status", held);
		assertThat(this.library.talk(series.slug(), talk.slug()).block().state()).isEqualTo(TalkState.ANNOUNCED);
	}

	/**
	 * Posts the form and returns where the answer redirects to.
	 */
	@Test
	void savingAndWatchingASeriesAreConfirmedWhereTheyHappenedAndTheRedirectEndsInTheMessage() {
		TalkSeries series = newSeries();
		MultiValueMap<String, String> on = new LinkedMultiValueMap<>();
		on.add("wert", "ja");
		String location = this.pages.redirect(Members.ORGANISER, "/impulse/" + series.slug() + "/beobachten", on);
		assertThat(location).isEqualTo("/impulse/" + series.slug() + "?beobachtet#meldung");
		String page = this.pages.get(Members.ORGANISER, "/impulse/" + series.slug() + "?beobachtet", HttpStatus.OK);
		assertThat(page).containsOnlyOnce("id=\"meldung\"").contains("Sie beobachten diese Reihe jetzt");
		assertThat(page.indexOf("id=\"meldung\"")).isGreaterThan(page.indexOf("id=\"beobachten\""));
		// Saving the series is confirmed under its edit button, above the description.
		String saved = this.pages.get(Members.ORGANISER, "/impulse/" + series.slug() + "?gespeichert", HttpStatus.OK);
		assertThat(saved).containsOnlyOnce("id=\"meldung\"").contains("Die Reihe ist gespeichert.");
		assertThat(saved.indexOf("id=\"meldung\"")).isLessThan(saved.indexOf("class=\"prose\""));
	}

	private String redirected(Member member, String path, MultiValueMap<String, String> form) {
		return this.pages.redirected(member, path, form);
	}

	private TalkSeries newSeries() {
		return this.authoring
			.createSeries(Members.ORGANISER,
					new SeriesContent("Seitentest " + System.nanoTime(), "stadt-altena", List.of(), ""))
			.block();
	}

	private static MultiValueMap<String, String> talkForm(String title, String startsAt) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", title);
		form.add("startsAt", startsAt);
		form.add("durationMinutes", "60");
		form.add("speakers[0].name", "Erika Muster");
		form.add("speakers[0].affiliation", "Universität Münster");
		form.add("speakers[0].bio", "Forscht zu Kommunikation.");
		form.add("speakers[1].name", "");
		form.add("abstractText", "Ein **Impuls**");
		form.add("event", "");
		form.add("visibility", "PUBLIC");
		return form;
	}

}
