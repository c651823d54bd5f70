package de.impulsnetz.barcamp.web;

import java.nio.charset.StandardCharsets;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event pages as a browser without JavaScript uses them: registering onto seats and
 * the waiting list, proposing with German errors that keep the text, voting, and the
 * organisers' participant list with its CSV.
 */
@IntegrationTest
class BarcampPageTests {

	private final PageClient pages;

	BarcampPageTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	EventCalendar calendar;

	@Autowired
	Registrations registrations;

	@Test
	void membersTakePartUntilTheSeatsAreGoneThenJoinTheWaitingList() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(1, Voting.PLUS_ONE)).block();
		String page = "/veranstaltungen/" + event.slug();
		assertThat(this.pages.get(null, page, HttpStatus.OK)).contains("Noch 1 von 1 Plätzen frei.",
				"Melden Sie sich im Impulsnetz an", "href=\"/anmelden?zurueck=" + page + "%23anmeldung\"");
		this.pages.anonymous().post().uri(page + "/teilnehmen").exchange().expectStatus().isForbidden();

		Member first = Members.member("page", 1);
		Member second = Members.member("page", 2);
		redirect(first, page + "/teilnehmen", page + "?teilnahme-bestaetigt#meldung");
		String confirmed = this.pages.get(first, page + "?teilnahme-bestaetigt", HttpStatus.OK);
		// The message stands in the registration box, under its heading, and is the
		// redirect's target.
		assertThat(confirmed.substring(confirmed.indexOf("id=\"anmeldung-titel\""))).containsPattern(
				"^[^§]{0,200}</h2>\\s*<div id=\"meldung\" class=\"kern-alert feedback-message kern-alert--success\"[^>]*role=\"status\"");
		assertThat(confirmed).contains("Ihre Teilnahme ist bestätigt.", "Sie nehmen teil.", "Teilnahme absagen …",
				"href=\"" + page + "/teilnahme-absagen\"");
		assertThat(this.pages.get(second, page, HttpStatus.OK)).contains("Auf die Warteliste setzen",
				"die Warteliste ist noch leer");
		redirect(second, page + "/teilnehmen", page + "?warteliste#meldung");
		assertThat(this.pages.get(second, page, HttpStatus.OK)).contains("Sie stehen auf Platz 1 der Warteliste.");
		assertThat(this.pages.get(null, page, HttpStatus.OK)).contains("auf der Warteliste steht eine Person.")
			.doesNotContain("1 Personen");

		redirect(first, page + "/teilnahme-absagen", page + "?teilnahme-abgesagt#meldung");
		assertThat(this.pages.get(first, page + "?teilnahme-abgesagt", HttpStatus.OK))
			.contains("Ihre Teilnahme ist abgesagt.")
			.doesNotContain("abgemeldet");
		assertThat(this.pages.get(second, page, HttpStatus.OK)).contains("Sie nehmen teil.");
	}

	@Test
	void cancellingAsksFirstOnAPageThatWorksWithoutJavaScript() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(5, Voting.PLUS_ONE)).block();
		String page = "/veranstaltungen/" + event.slug();
		Member member = Members.member("cancel", 1);
		Member stranger = Members.member("cancel", 2);
		redirect(member, page + "/teilnehmen", page + "?teilnahme-bestaetigt#meldung");

		String confirmation = this.pages.get(member, page + "/teilnahme-absagen", HttpStatus.OK);
		assertThat(confirmation).contains("<h1", "Teilnahme absagen",
				"Möchten Sie Ihre Teilnahme an „" + event.title() + "“ absagen?", "Ja, Teilnahme absagen",
				"Nein, ich nehme weiter teil", "action=\"" + page + "/teilnahme-absagen\"", "name=\"_csrf\"");
		assertThat(this.registrations.roster(event).block().statusOf(member.id())).isPresent();

		for (var visitor : java.util.Map
			.of(this.pages.anonymous(), "/anmelden", this.pages.as(stranger), page + "#anmeldung")
			.entrySet()) {
			visitor.getKey()
				.get()
				.uri(page + "/teilnahme-absagen")
				.exchange()
				.expectStatus()
				.is3xxRedirection()
				.expectHeader()
				.location(visitor.getValue());
		}
	}

	@Test
	void weekdaysFollowThePagesLanguage() {
		String plan = "/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027/plan";
		// 9 June 2027 is a Wednesday.
		assertThat(this.pages.get(null, plan, HttpStatus.OK)).contains("Mittwoch, 9. Juni").doesNotContain("Wednesday");
		assertThat(this.pages.get(null, plan + "?lang=en", HttpStatus.OK)).contains("Wednesday, June 9")
			.doesNotContain("Mittwoch");
	}

	@Test
	void proposingKeepsEverythingTypedWhenSomethingIsMissing() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(20, Voting.PLUS_ONE)).block();
		Member member = Members.member("prop", 1);
		String page = "/veranstaltungen/" + event.slug();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", "Reels im Jobcenter");
		form.add("description", "Mein Entwurf, der nicht verloren gehen darf.");
		form.add("format", "WORKSHOP");
		form.add("length", "2");
		form.add("needs", "BEAMER");
		form.add("recordingAllowed", "nein");
		// Not registered yet: refused, with the text kept.
		assertThat(this.pages.post(member, page + "/vorschlagen", form, HttpStatus.FORBIDDEN))
			.contains("Bitte melden Sie sich zuerst zur Veranstaltung an", "Mein Entwurf, der nicht verloren");
		this.registrations.register(event, member).block();

		form.set("title", "");
		String refused = this.pages.post(member, page + "/vorschlagen", form, HttpStatus.BAD_REQUEST);
		assertThat(refused).contains("Bitte füllen Sie dieses Feld aus.", "Mein Entwurf, der nicht verloren")
			.containsPattern("value=\"BEAMER\"\\s+checked")
			.containsPattern("id=\"recording-nein\" value=\"nein\" checked");

		form.set("title", "Reels im Jobcenter");
		redirectStartingWith(member, page + "/vorschlagen", form, page + "/sessions?vorgeschlagen=reels");
		String board = this.pages.get(member, page + "/sessions", HttpStatus.OK);
		assertThat(board).contains("Reels im Jobcenter", "Workshop", "2 Zeitfenster", "keine Aufnahmen",
				"Noch keine Stimme");

		// Someone else may neither see the edit form nor change it.
		Member other = Members.member("prop", 2);
		this.pages.get(other, page + "/sessions/reels-im-jobcenter/bearbeiten", HttpStatus.FORBIDDEN);
		this.pages.post(other, page + "/sessions/reels-im-jobcenter/zurueckziehen", new LinkedMultiValueMap<>(),
				HttpStatus.FORBIDDEN);
	}

	@Test
	void votingOnTheBoardAndTakingItBack() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(20, Voting.PLUS_ONE)).block();
		Member voter = Members.member("vote", 1);
		this.registrations.register(event, voter).block();
		SessionProposal proposal = this.proposals
			.propose(event, Members.ORGANISER, People.proposal("Krisen-Posts"), "Eva")
			.block();
		String board = "/veranstaltungen/" + event.slug() + "/sessions";
		MultiValueMap<String, String> plusOne = new LinkedMultiValueMap<>();
		plusOne.add("points", "1");
		plusOne.add("reihenfolge", "stimmen");
		redirect(voter, board + "/" + proposal.id() + "/stimme", plusOne,
				board + "?reihenfolge=stimmen&abgestimmt=krisen-posts#meldung");
		String voted = this.pages.get(voter, board + "?reihenfolge=stimmen&abgestimmt=krisen-posts", HttpStatus.OK);
		assertThat(voted).contains("1 Stimme", "Stimme zurücknehmen");
		// The confirmation stands at the proposal voted on, not above the list.
		assertThat(voted.substring(voted.indexOf("id=\"vorschlag-krisen-posts\"")))
			.contains("Ihre Stimme ist gespeichert.");
		assertThat(voted).containsOnlyOnce("id=\"meldung\"");
		plusOne.set("points", "0");
		redirect(voter, board + "/" + proposal.id() + "/stimme", plusOne,
				board + "?reihenfolge=stimmen&abgestimmt=krisen-posts#meldung");
		assertThat(this.pages.get(voter, board, HttpStatus.OK)).contains("Noch keine Stimme", "+1 Interesse");
		// Without registration there is no voting.
		this.pages.post(Members.member("vote", 2), board + "/" + proposal.id() + "/stimme", plusOne,
				HttpStatus.FORBIDDEN);
		// A withdrawn proposal takes no more votes, and the board says why.
		this.proposals.withdraw(event, Members.ORGANISER, proposal.id()).block();
		plusOne.set("points", "1");
		redirect(voter, board + "/" + proposal.id() + "/stimme", plusOne,
				board + "?reihenfolge=stimmen&abgelehnt=krisen-posts#meldung");
		// The proposal has left the board: the warning stands under the heading.
		assertThat(this.pages.get(voter, board + "?abgelehnt=krisen-posts", HttpStatus.OK)).containsPattern(
				"</h1>\\s*<div id=\"meldung\" class=\"kern-alert feedback-message kern-alert--warning\"[^>]*role=\"alert\"")
			.contains("Für diesen Vorschlag kann nicht mehr abgestimmt werden.");
	}

	@Autowired
	Proposals proposals;

	@Test
	void onlyOrganisersSeeTheParticipantsAndTheirCsv() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(1, Voting.PLUS_ONE)).block();
		this.registrations
			.register(event,
					new Member("csv-1", "x", "=HYPERLINK(\"http://böse\")", null, "stadt-altena", java.util.Set.of()))
			.block();
		this.registrations.register(event, Members.member("csv", 2)).block();
		String page = "/veranstaltungen/" + event.slug() + "/teilnehmende";
		assertThat(this.pages.get(Members.ORGANISER, page, HttpStatus.OK))
			.contains("1 von 1 Plätzen belegt, 1 auf der Warteliste.", "Stadt Altena", "Warteliste, Platz 1");
		this.pages.get(Members.member("csv", 2), page, HttpStatus.FORBIDDEN);
		this.pages.get(Members.OTHER_ORGANISER, page, HttpStatus.FORBIDDEN);

		byte[] csv = this.pages.as(Members.ORGANISER)
			.get()
			.uri(page + ".csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\".*-teilnehmende.csv\"")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFName;Kommune;Status;Wartelistenplatz\r\n");
		// A name that looks like a formula is defused and quoted.
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://böse\"\")\";Stadt Altena;bestätigt;\r\n")
			.contains("Teilnehmerin 2;Kreis Steinfurt;Warteliste;1\r\n");
		// The header row comes from the bundle, in the reader's language.
		byte[] english = this.pages.as(Members.ORGANISER)
			.get()
			.uri(page + ".csv?lang=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(new String(english, StandardCharsets.UTF_8))
			.startsWith("\uFEFFName;Municipality;Status;Waiting list place\r\n")
			.contains(";Stadt Altena;confirmed;\r\n");
	}

	private void redirect(Member member, String path, String location) {
		redirect(member, path, new LinkedMultiValueMap<>(), location);
	}

	private void redirect(Member member, String path, MultiValueMap<String, String> form, String location) {
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

	private void redirectStartingWith(Member member, String path, MultiValueMap<String, String> form, String start) {
		this.pages.as(member)
			.post()
			.uri(path)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueMatches("Location", java.util.regex.Pattern.quote(start) + ".*");
	}

}
