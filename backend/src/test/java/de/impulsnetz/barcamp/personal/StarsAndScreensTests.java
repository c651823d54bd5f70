package de.impulsnetz.barcamp.personal;

import java.io.StringReader;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.identity.CalendarTokens;
import de.impulsnetz.identity.Member;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starred sessions and the personal plan with its calendar address, and what the venue
 * shows: "Jetzt / Als Nächstes", the print view and the QR code.
 */
@IntegrationTest
class StarsAndScreensTests {

	private final PageClient pages;

	StarsAndScreensTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	EventCalendar calendar;

	@Autowired
	Proposals proposals;

	@Autowired
	SessionPlans plans;

	@Autowired
	Stars stars;

	@Autowired
	CalendarTokens tokens;

	@Test
	void aMembersStarsMakeTheirPlanAndTheirCalendar() throws Exception {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		SessionProposal a = propose(event, "Lokale Influencer");
		SessionProposal b = propose(event, "Bewerbungsvideos");
		SessionProposal c = propose(event, "Nur geplant, nicht gemerkt");
		this.plans.place(event, Members.ORGANISER, a.id(), "Saal", 1).block();
		this.plans.place(event, Members.ORGANISER, b.id(), "Kleiner Raum", 1).block();
		this.plans.place(event, Members.ORGANISER, c.id(), "Saal", 2).block();
		Member member = Members.member("star", 1);
		String base = "/veranstaltungen/" + event.slug();
		star(member, base + "/sessions/" + a.slug() + "/merken", "plan",
				base + "/plan?gemerkt=" + a.slug() + "#meldung");
		star(member, base + "/sessions/" + b.slug() + "/merken", null,
				base + "/sessions/" + b.slug() + "?gemerkt#meldung");
		star(member, base + "/sessions/" + b.slug() + "/merken", null,
				base + "/sessions/" + b.slug() + "?gemerkt#meldung");
		// The confirmation at the button pressed: in the plan at the session's cell, on
		// the session's page under its form.
		String starred = this.pages.get(member, base + "/plan?gemerkt=" + a.slug(), HttpStatus.OK);
		assertThat(starred.substring(starred.indexOf("/sessions/" + a.slug() + "/merken"))).containsPattern(
				"^[^§]{0,1200}</form>\\s*<div id=\"meldung\"[^>]*role=\"status\"[^§]{0,200}Gemerkt: Die Session steht in Ihrem Plan.");
		assertThat(this.pages.get(member, base + "/sessions/" + b.slug() + "?gemerkt", HttpStatus.OK)).containsPattern(
				"</form>\\s*<div id=\"meldung\"[^>]*>\\s*<div class=\"kern-alert__body\"><p class=\"kern-body\">Gemerkt: Die Session steht in Ihrem Plan.");

		String plan = this.pages.get(member, base + "/plan", HttpStatus.OK);
		assertThat(plan).contains("aria-pressed=\"true\"", "aria-pressed=\"false\"");
		// The state in words, not only the pressed look.
		assertThat(plan).contains("<span class=\"kern-label\">Gemerkt</span>");
		String personal = this.pages.get(member, base + "/mein-plan", HttpStatus.OK);
		assertThat(personal).contains("Lokale Influencer", "Bewerbungsvideos", "läuft gleichzeitig mit einer anderen")
			.doesNotContain("Nur geplant, nicht gemerkt");

		String token = this.tokens.of(member).block().token();
		EntityExchangeResult<String> feed = this.pages.anonymous()
			.get()
			.uri("/kalender/" + token + ".ics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		String ics = feed.getResponseBody();
		// The calendar app asks again with the tag: nothing changed, no body.
		String etag = feed.getResponseHeaders().getETag();
		assertThat(etag).matches("W/\"[A-Za-z0-9_-]{22}\"");
		assertThat(feed.getResponseHeaders().getCacheControl()).isEqualTo("max-age=300, private");
		this.pages.anonymous()
			.get()
			.uri("/kalender/" + token + ".ics")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		assertThat(parsed.validate().getEntries()).isEmpty();
		assertThat(parsed.<VEvent>getComponents("VEVENT")).extracting((e) -> e.getSummary().getValue())
			.containsExactlyInAnyOrder("Lokale Influencer", "Bewerbungsvideos");

		// A new address ends the old one.
		this.pages.as(member)
			.post()
			.uri("/kalender/neue-adresse")
			.body(BodyInserters.fromFormData("veranstaltung", event.slug()))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location(base + "/mein-plan?neue-adresse#meldung");
		assertThat(this.pages.get(member, base + "/mein-plan?neue-adresse", HttpStatus.OK))
			.contains("Die neue Kalenderadresse gilt ab jetzt");
		this.pages.anonymous().get().uri("/kalender/" + token + ".ics").exchange().expectStatus().isNotFound();

		// Taking a star back.
		MultiValueMap<String, String> unstar = new LinkedMultiValueMap<>();
		unstar.add("wert", "nein");
		this.pages.as(member)
			.post()
			.uri(base + "/sessions/" + a.slug() + "/merken")
			.body(BodyInserters.fromFormData(unstar))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(this.stars.of(event.slug(), member.id()).block()).containsExactly(b.id());
	}

	@Test
	void theVenueShowsWhatComesNextAPrintViewAndAQrCode() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		SessionProposal a = propose(event, "Gleich geht es los");
		this.plans.place(event, Members.ORGANISER, a.id(), "Saal", 1).block();
		String base = "/veranstaltungen/" + event.slug();
		String now = this.pages.get(null, base + "/jetzt", HttpStatus.OK);
		assertThat(now).contains("Gerade läuft nichts.", "Als Nächstes", "Saal", "Gleich geht es los",
				"data-refresh-seconds=\"60\"", "/plan/qr.svg");
		assertThat(this.pages.get(null, base + "/plan/druck?format=a3", HttpStatus.OK)).contains("plan-print--a3",
				"Gleich geht es los");
		assertThat(this.pages.get(null, base + "/plan/druck", HttpStatus.OK)).contains("plan-print--a4");
		this.pages.anonymous()
			.get()
			.uri(base + "/plan/qr.svg")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/svg+xml")
			.expectBody(String.class)
			.value((svg) -> assertThat(svg).startsWith("<svg"));
	}

	private SessionProposal propose(Event event, String title) {
		return this.proposals.propose(event, Members.ORGANISER, People.proposal(title), "Eva").block();
	}

	private void star(Member member, String path, String back, String location) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("wert", "ja");
		if (back != null) {
			form.add("zurueck", back);
		}
		this.pages.as(member)
			.post()
			.uri(path)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location(location);
	}

}
