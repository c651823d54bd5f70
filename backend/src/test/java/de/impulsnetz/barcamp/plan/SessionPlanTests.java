package de.impulsnetz.barcamp.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.NewEvent;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.ProposalContent;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.proposal.Votes;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.Berlin;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Building the plan on the embedded MongoDB: only organisers plan, taken cells are
 * refused, the editor works with plain forms, the suggestion waits for acceptance, and
 * every open plan page hears of each change.
 */
@IntegrationTest
class SessionPlanTests {

	private final PageClient pages;

	SessionPlanTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	EventCalendar calendar;

	@Autowired
	Registrations registrations;

	@Autowired
	Proposals proposals;

	@Autowired
	Votes votes;

	@Autowired
	SessionPlans plans;

	@Test
	void organisersPlaceMoveAndRemoveSessionsAndOthersMayNot() {
		Event event = barcamp();
		SessionProposal a = propose(event, "Reels drehen");
		SessionProposal b = propose(event, "Kommentare moderieren");
		this.plans.place(event, Members.ORGANISER, a.id(), "Saal", 1).block();
		assertThatExceptionOfType(PlanRefused.class)
			.isThrownBy(() -> this.plans.place(event, Members.ORGANISER, b.id(), "Saal", 1).block())
			.extracting(PlanRefused::messageKey)
			.isEqualTo("barcamp.plan.refused.occupied");
		assertThatExceptionOfType(PlanRefused.class)
			.isThrownBy(() -> this.plans.place(event, Members.ORGANISER, b.id(), "Saal", 0).block())
			.extracting(PlanRefused::messageKey)
			.isEqualTo("barcamp.plan.refused.noSessions");
		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.plans.place(event, Members.member("x", 1), b.id(), "Saal", 2).block());
		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.plans.place(event, Members.OTHER_ORGANISER, b.id(), "Saal", 2).block());

		// Moving a session frees its old cell.
		this.plans.place(event, Members.ORGANISER, a.id(), "Kleiner Raum", 2).block();
		SessionPlan plan = this.plans.place(event, Members.ORGANISER, b.id(), "Saal", 1).block();
		assertThat(plan.placements()).extracting(Placement::proposalId, Placement::room, Placement::slot)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a.id(), "Kleiner Raum", 2),
					org.assertj.core.groups.Tuple.tuple(b.id(), "Saal", 1));
		plan = this.plans.remove(event, Members.ORGANISER, a.id()).block();
		assertThat(plan.placements()).extracting(Placement::proposalId).containsExactly(b.id());
	}

	@Test
	void concurrentStepsOfTwoOrganisersAreBothKept() {
		Event event = barcamp();
		List<SessionProposal> four = Flux.range(1, 4)
			.concatMap((n) -> this.proposals.propose(event, Members.ORGANISER, People.proposal("Parallel " + n), "Eva"))
			.collectList()
			.block();
		Member admin = Members.ADMIN;
		Flux.merge(this.plans.place(event, Members.ORGANISER, four.get(0).id(), "Saal", 1),
				this.plans.place(event, admin, four.get(1).id(), "Kleiner Raum", 1),
				this.plans.place(event, Members.ORGANISER, four.get(2).id(), "Saal", 2),
				this.plans.place(event, admin, four.get(3).id(), "Kleiner Raum", 2))
			.blockLast();
		assertThat(this.plans.plan(event).block().placements()).hasSize(4);
	}

	@Test
	void theEditorBuildsThePlanWithPlainFormsAndTheSuggestionWaitsForAcceptance() {
		Event event = barcamp();
		Member voter = Members.member("planvote", 1);
		this.registrations.register(event, voter).block();
		SessionProposal a = propose(event, "Strategie für kleine Kommunen");
		SessionProposal b = propose(event, "Barrierefreie Videos");
		this.votes.cast(event, a, voter, 1).block();
		this.votes.cast(event, b, voter, 1).block();
		String editor = "/veranstaltungen/" + event.slug() + "/plan/bearbeiten";

		String page = this.pages.get(Members.ORGANISER, editor, HttpStatus.OK);
		assertThat(page).contains("Strategie für kleine Kommunen", "einplanen in", "Plan vorschlagen");
		this.pages.get(voter, editor, HttpStatus.FORBIDDEN);

		MultiValueMap<String, String> place = new LinkedMultiValueMap<>();
		place.add("proposal", a.id());
		place.add("cell", "Saal|1");
		post(Members.ORGANISER, "/veranstaltungen/" + event.slug() + "/plan/einplanen", place,
				editor + "?eingeplant#meldung");
		place.set("proposal", b.id());
		place.set("cell", "Kleiner Raum|1");
		post(Members.ORGANISER, "/veranstaltungen/" + event.slug() + "/plan/einplanen", place,
				editor + "?eingeplant#meldung");
		place.set("cell", "Saal|1");
		post(Members.ORGANISER, "/veranstaltungen/" + event.slug() + "/plan/einplanen", place,
				editor + "?occupied=" + b.id() + "#meldung");
		String refused = this.pages.get(Members.ORGANISER, editor + "?occupied=" + b.id(), HttpStatus.OK);
		// b is placed already: the warning stands above the grid.
		assertThat(refused.substring(refused.indexOf("id=\"plan-titel\""))).containsPattern(
				"^[^§]{0,120}</h2>\\s*<div id=\"meldung\" class=\"kern-alert feedback-message kern-alert--warning\"[^>]*role=\"alert\"");
		assertThat(refused)
			.contains("Dort läuft schon eine Session.",
					"Ein Mitglied hat Überschneidungen (eine gleichzeitig laufende Session mit Stimme)")
			.doesNotContain("1 gleichzeitig laufende Sessions", "1 Interessierte Person");

		post(Members.ORGANISER, "/veranstaltungen/" + event.slug() + "/plan/vorschlagen", new LinkedMultiValueMap<>(),
				editor + "?vorgeschlagen#meldung");
		page = this.pages.get(Members.ORGANISER, editor, HttpStatus.OK);
		// Both placed at once, one voter has a clash; so has the plan by votes alone,
		// which the suggestion is compared with.
		assertThat(page).contains("Vorschlag übernehmen",
				"Mit dem Vorschlag hätte niemand eine Überschneidung, bei einer Verteilung nur nach der Zahl der Stimmen 1 Person.",
				"Alle Vorschläge bekommen einen Platz im Plan.",
				"aria-label=\"Vorgeschlagener Plan nach Zeit und Raum\"");
		// Nothing changed yet.
		assertThat(this.plans.plan(event).block().placements()).hasSize(2);
		post(Members.ORGANISER, "/veranstaltungen/" + event.slug() + "/plan/uebernehmen", new LinkedMultiValueMap<>(),
				editor + "?uebernommen#meldung");
		SessionPlan accepted = this.plans.plan(event).block();
		assertThat(accepted.suggestion()).isNull();
		assertThat(accepted.placements()).extracting(Placement::slot).doesNotHaveDuplicates();

		String plan = this.pages.get(null, "/veranstaltungen/" + event.slug() + "/plan", HttpStatus.OK);
		assertThat(plan).contains("Strategie für kleine Kommunen", "Barrierefreie Videos", "Planung", "data-live=");
		this.pages.anonymous()
			.get()
			.uri("/api/v1/veranstaltungen/" + event.slug() + "/plan")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sessions.length()")
			.isEqualTo(2)
			.jsonPath("$.rooms[0].name")
			.isEqualTo("Saal");
	}

	@Test
	void aSessionThatWouldRunPastTheEndOfTheDayIsRefused() {
		Event event = this.calendar.create(Members.ORGANISER, People.twoDays()).block();
		SessionProposal workshop = this.proposals
			.propose(event, Members.ORGANISER, People.proposal("Langer Workshop", 2), "Eva")
			.block();
		// Slot 1 is the first day's last, slot 2 the only one of the second day.
		for (int slot : new int[] { 1, 2 }) {
			assertThatExceptionOfType(PlanRefused.class)
				.isThrownBy(() -> this.plans.place(event, Members.ORGANISER, workshop.id(), "Saal", slot).block())
				.extracting(PlanRefused::messageKey)
				.isEqualTo("barcamp.plan.refused.pastEndOfDay");
		}
		assertThat(this.plans.plan(event).block().placements()).isEmpty();

		String editor = "/veranstaltungen/" + event.slug() + "/plan/bearbeiten";
		// The editor offers only the cells it fits into.
		assertThat(this.pages.get(Members.ORGANISER, editor, HttpStatus.OK)).contains("value=\"Saal|0\"")
			.doesNotContain("value=\"Saal|1\"", "value=\"Saal|2\"");
		MultiValueMap<String, String> place = new LinkedMultiValueMap<>();
		place.add("proposal", workshop.id());
		place.add("cell", "Saal|1");
		post(Members.ORGANISER, "/veranstaltungen/" + event.slug() + "/plan/einplanen", place,
				editor + "?pastEndOfDay=" + workshop.id() + "#meldung");
		String refused = this.pages.get(Members.ORGANISER, editor + "?pastEndOfDay=" + workshop.id(), HttpStatus.OK);
		assertThat(refused).contains("Die Session ist länger als die Zeitfenster, die an diesem Tag noch folgen.",
				"role=\"alert\"");
		// At the session the organiser tried to place, in the list of sessions to place.
		assertThat(refused.substring(refused.indexOf("id=\"sitzung-" + workshop.id() + "\""))).containsPattern(
				"^[^§]{0,120}<div id=\"meldung\" class=\"kern-alert feedback-message kern-alert--warning\"");

		place.set("cell", "Saal|0");
		post(Members.ORGANISER, "/veranstaltungen/" + event.slug() + "/plan/einplanen", place,
				editor + "?eingeplant#meldung");
		assertThat(this.plans.plan(event).block().placements()).extracting(Placement::slot).containsExactly(0);
	}

	@Test
	void theEditorsCellChoiceIsADesignSystemSelectAndWarningsAreAlerts() {
		Event event = barcamp();
		SessionProposal a = propose(event, "Erste Session");
		SessionProposal b = this.proposals
			.propose(event, Members.ORGANISER,
					new ProposalContent("Mit Beamer", "Zeigen.", ProposalFormat.IMPULS, 1, Set.of(Equipment.BEAMER),
							true),
					"Eva Beispiel")
			.block();
		String editor = "/veranstaltungen/" + event.slug() + "/plan/bearbeiten";
		assertThat(this.pages.get(Members.ORGANISER, editor, HttpStatus.OK)).containsPattern(
				"<div class=\"kern-form-input__select-wrapper\">\\s*<select class=\"kern-form-input__select\" id=\"zelle-"
						+ a.id() + "\"");
		// The small room has no projector: a warning, shown as a KERN alert.
		this.plans.place(event, Members.ORGANISER, a.id(), "Saal", 1).block();
		this.plans.place(event, Members.ORGANISER, b.id(), "Kleiner Raum", 1).block();
		assertThat(this.pages.get(Members.ORGANISER, editor, HttpStatus.OK)).containsPattern(
				"kern-alert kern-alert--warning plan-warnings\">\\s*<div class=\"kern-alert__header\"><h3[^>]*>1 Warnung</h3>");
	}

	@Test
	void thePlanSaysWhichDaysItShowsAndStopsSayingItIsMadeOnTheDayOnceItIs() {
		Event event = this.calendar.create(Members.ORGANISER, People.twoDays()).block();
		SessionProposal a = propose(event, "Schon geplant");
		String plan = "/veranstaltungen/" + event.slug() + "/plan";
		assertThat(this.pages.get(null, plan, HttpStatus.OK)).contains(
				"Der Plan für Mittwoch, 12. Juni 2030 bis Donnerstag, 13. Juni 2030.",
				"Der Plan entsteht am Veranstaltungstag.");
		this.plans.place(event, Members.ORGANISER, a.id(), "Saal", 0).block();
		assertThat(this.pages.get(null, plan, HttpStatus.OK))
			.contains("Der Plan für Mittwoch, 12. Juni 2030", "Diese Seite zeigt jede Änderung am Plan von selbst")
			.doesNotContain("Veranstaltungstag");

		// The screen in the hall: before the event it names the day its "Als Nächstes"
		// is on, not "today".
		assertThat(this.pages.get(null, "/veranstaltungen/" + event.slug() + "/jetzt", HttpStatus.OK))
			.contains("Mittwoch, 12. Juni 2030", "Schon geplant")
			.doesNotContain("Heute,");
		// The code to scan hides on a phone.
		this.pages.anonymous()
			.get()
			.uri("/css/impulsnetz.css")
			.exchange()
			.expectBody(String.class)
			.value((css) -> assertThat(css).containsPattern(
					"@media \\(max-width: 40rem\\) \\{\\s*\\.plan__qr, \\.now-screen__qr \\{ display: none; \\}"));
	}

	@Test
	void theScreenSaysTodayWhileTheEventRuns() {
		Instant now = Instant.now();
		List<Slot> slots = List
			.of(new Slot(now.minus(30, ChronoUnit.MINUTES), now.plus(30, ChronoUnit.MINUTES), SlotKind.SESSION, null));
		Event event = this.calendar
			.create(Members.ORGANISER,
					new NewEvent("Heutecamp " + now.toEpochMilli(), EventKind.BARCAMP, now.minus(1, ChronoUnit.HOURS),
							now.plus(1, ChronoUnit.HOURS), new Venue("Rathaus", null, null, "Altena"), 10, "Heute.",
							List.of(new Room("Saal", 10, Set.of())), slots, null, null, Voting.PLUS_ONE))
			.block();
		String today = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN)
			.format(Berlin.local(now).toLocalDate());
		assertThat(this.pages.get(null, "/veranstaltungen/" + event.slug() + "/jetzt", HttpStatus.OK))
			.contains("Heute, " + today);
	}

	@Test
	void warningsNameTheMissingEquipmentInGerman() {
		Event event = barcamp();
		SessionProposal needy = this.proposals
			.propose(event, Members.ORGANISER,
					new ProposalContent("Moderation mit Karten", "Worum es geht.", ProposalFormat.DISKUSSION, 1,
							Set.of(Equipment.FLIPCHART, Equipment.PINNWAND), true),
					"Eva Beispiel")
			.block();
		this.plans.place(event, Members.ORGANISER, needy.id(), "Saal", 1).block();

		String page = this.pages.get(Members.ORGANISER, "/veranstaltungen/" + event.slug() + "/plan/bearbeiten",
				HttpStatus.OK);
		assertThat(page).contains("„Moderation mit Karten“ in Saal um", "Es fehlen ein Flipchart und eine Pinnwand.")
			.doesNotContain("FLIPCHART", "PINNWAND");
	}

	@Test
	void everyOpenPlanPageHearsOfAChangeAtOnce() {
		Event event = barcamp();
		SessionProposal a = propose(event, "Live dabei");
		Flux<ServerSentEvent<String>> stream = this.pages.anonymous()
			.get()
			.uri("/veranstaltungen/" + event.slug() + "/plan/live")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();
		StepVerifier.create(stream.filter((sse) -> "plan".equals(sse.event())))
			.then(() -> this.plans.place(event, Members.ORGANISER, a.id(), "Saal", 1).block())
			.assertNext((sse) -> assertThat(sse.data()).isNotBlank())
			.thenCancel()
			.verify(Duration.ofSeconds(1));
	}

	private Event barcamp() {
		return this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
	}

	private SessionProposal propose(Event event, String title) {
		return this.proposals.propose(event, Members.ORGANISER, People.proposal(title), "Eva Beispiel").block();
	}

	private void post(Member member, String path, MultiValueMap<String, String> form, String location) {
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
