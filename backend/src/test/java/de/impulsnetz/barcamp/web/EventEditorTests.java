package de.impulsnetz.barcamp.web;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.plan.SessionPlans;
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
 * Organisers set events up with the form: rooms and the time grid as rows, German errors
 * that keep every entry, a refused stale save, and more seats that empty the waiting
 * list.
 */
@IntegrationTest
class EventEditorTests {

	private final PageClient pages;

	EventEditorTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	EventCalendar calendar;

	@Autowired
	Registrations registrations;

	@Test
	void anOrganiserCreatesABarcampWithRoomsAndATimeGrid() {
		MultiValueMap<String, String> form = form("Barcamp Kreis Beispiel 2027");
		String location = this.pages.as(Members.ORGANISER)
			.post()
			.uri("/veranstaltungen/neu")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(location).isEqualTo("/veranstaltungen/barcamp-kreis-beispiel-2027?angelegt#meldung");
		Event event = this.calendar.bySlug("barcamp-kreis-beispiel-2027").block();
		assertThat(event.organisers()).containsExactly("stadt-altena");
		assertThat(event.rooms()).extracting(Room::name).containsExactly("Ratssaal", "Raum 1");
		assertThat(event.rooms().get(0).equipment()).containsExactlyInAnyOrder(Equipment.BEAMER, Equipment.MIKROFON);
		assertThat(event.slots()).extracting(Slot::kind)
			.containsExactly(SlotKind.PLENARY, SlotKind.SESSION, SlotKind.SESSION);
		assertThat(event.votingRules().mode()).isEqualTo(VotingMode.BUDGET);
		assertThat(event.votingRules().budget()).isEqualTo(3);
		assertThat(event.votingWindow().closes()).isEqualTo(java.time.Instant.parse("2027-09-15T08:15:00Z"));
		assertThat(this.pages.get(Members.ORGANISER, location, HttpStatus.OK))
			.contains("Die Veranstaltung ist angelegt.", "Veranstaltung bearbeiten");

		// Members without the organiser role may not.
		this.pages.get(Members.member("editor", 1), "/veranstaltungen/neu", HttpStatus.FORBIDDEN);
		this.pages.post(Members.member("editor", 1), "/veranstaltungen/neu", form, HttpStatus.FORBIDDEN);
	}

	@Test
	void mistakesAreNamedInGermanAndNothingTypedIsLost() {
		MultiValueMap<String, String> form = form("Fehlerhaft");
		form.set("rooms[1].name", "Ratssaal");
		form.set("endTime", "08:00");
		String page = this.pages.post(Members.ORGANISER, "/veranstaltungen/neu", form, HttpStatus.BAD_REQUEST);
		assertThat(page).contains("Zwei Räume heißen gleich.", "Das Ende muss nach dem Beginn liegen.",
				"value=\"Fehlerhaft\"", "value=\"Begrüßung\"");
	}

	@Test
	void moreSeatsMoveTheWaitingListUpAndAStaleSaveIsRefused() {
		this.pages.post(Members.ORGANISER, "/veranstaltungen/neu", form("Kleines Treffen"), HttpStatus.SEE_OTHER);
		Event event = this.calendar.bySlug("kleines-treffen").block();
		for (int n = 0; n < 4; n++) {
			this.registrations.register(event, Members.member("seats", n)).block();
		}
		assertThat(this.registrations.roster(event).block().waiting()).hasSize(2);
		MultiValueMap<String, String> change = form("Kleines Treffen");
		change.set("capacity", "3");
		change.add("version", String.valueOf(event.version()));
		this.pages.post(Members.ORGANISER, "/veranstaltungen/kleines-treffen/bearbeiten", change, HttpStatus.SEE_OTHER);
		assertThat(this.registrations.roster(event).block().confirmed()).hasSize(3);

		// The same old version again: refused, with the input kept.
		change.set("capacity", "99");
		String refused = this.pages.post(Members.ORGANISER, "/veranstaltungen/kleines-treffen/bearbeiten", change,
				HttpStatus.CONFLICT);
		assertThat(refused).contains("hat die Veranstaltung inzwischen geändert", "value=\"99\"");
		Member other = Members.OTHER_ORGANISER;
		this.pages.get(other, "/veranstaltungen/kleines-treffen/bearbeiten", HttpStatus.FORBIDDEN);
	}

	private static MultiValueMap<String, String> form(String title) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", title);
		form.add("kind", "BARCAMP");
		form.add("date", "2027-09-15");
		form.add("startTime", "09:30");
		form.add("endTime", "16:00");
		form.add("venueName", "Rathaus");
		form.add("city", "Altena");
		form.add("capacity", "2");
		form.add("description", "Ein Barcamp.");
		form.add("rooms[0].name", "Ratssaal");
		form.add("rooms[0].capacity", "60");
		form.add("rooms[0].equipment", "BEAMER");
		form.add("rooms[0].equipment", "MIKROFON");
		form.add("rooms[1].name", "Raum 1");
		form.add("rooms[1].capacity", "15");
		form.add("slots[0].start", "09:30");
		form.add("slots[0].end", "10:15");
		form.add("slots[0].kind", "PLENARY");
		form.add("slots[0].label", "Begrüßung");
		form.add("slots[1].start", "10:30");
		form.add("slots[1].end", "11:15");
		form.add("slots[1].kind", "SESSION");
		form.add("slots[2].start", "11:30");
		form.add("slots[2].end", "12:15");
		form.add("slots[2].kind", "SESSION");
		form.add("votingMode", "BUDGET");
		form.add("votingBudget", "3");
		form.add("votingCloses", "2027-09-15T10:15");
		return form;
	}

	@Autowired
	Proposals proposals;

	@Autowired
	SessionPlans plans;

	@Test
	void changingTheGridKeepsPlannedSessionsAtTheirTimeAndUnplansWhatLostItsRoom() {
		this.pages.post(Members.ORGANISER, "/veranstaltungen/neu", form("Umbau im Raster"), HttpStatus.SEE_OTHER);
		Event event = this.calendar.bySlug("umbau-im-raster").block();
		SessionProposal stays = this.proposals.propose(event, Members.ORGANISER, People.proposal("Bleibt"), "Eva")
			.block();
		SessionProposal goes = this.proposals.propose(event, Members.ORGANISER, People.proposal("Raum weg"), "Eva")
			.block();
		this.plans.place(event, Members.ORGANISER, stays.id(), "Ratssaal", 2).block();
		this.plans.place(event, Members.ORGANISER, goes.id(), "Raum 1", 1).block();

		// A new first slot moves the others down the list; room 1 is given up.
		MultiValueMap<String, String> change = form("Umbau im Raster");
		change.set("rooms[1].name", "");
		change.set("rooms[1].capacity", "");
		change.add("slots[3].start", "08:45");
		change.add("slots[3].end", "09:15");
		change.add("slots[3].kind", "SESSION");
		change.add("version", String.valueOf(event.version()));
		this.pages.post(Members.ORGANISER, "/veranstaltungen/umbau-im-raster/bearbeiten", change, HttpStatus.SEE_OTHER);
		assertThat(this.plans.plan(event).block().placements()).singleElement().satisfies((placement) -> {
			assertThat(placement.proposalId()).isEqualTo(stays.id());
			assertThat(placement.slot()).isEqualTo(3);
		});
	}

}
