package de.impulsnetz.barcamp.notes;

import java.time.Duration;
import java.util.Set;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.PracticeStatus;
import de.impulsnetz.search.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Notes during and after a session: written by participants, never overwritten unseen,
 * collected in the documentation, found by search, and turned into a draft Praxisbeispiel
 * of the proposer's municipality.
 */
@IntegrationTest
class SessionNotesTests {

	private final PageClient pages;

	SessionNotesTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	EventCalendar calendar;

	@Autowired
	Registrations registrations;

	@Autowired
	Proposals proposals;

	@Autowired
	SessionNotes notes;

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	Search search;

	@Test
	void participantsWriteNotesAndASecondSaveFromAnOlderVersionIsRefused() {
		Event event = barcamp();
		Member proposer = Members.member("notes", 1);
		Member scribe = Members.member("notes", 2);
		this.registrations.register(event, proposer).block();
		this.registrations.register(event, scribe).block();
		SessionProposal session = this.proposals.propose(event, proposer, People.proposal("Redaktionsplan"), null)
			.block();
		SessionNote first = this.notes.save(event, scribe, session, "- Wochenplan im geteilten Kalender", null).block();
		SessionNote second = this.notes
			.save(event, proposer, session, first.text() + "\n- Freigabe durch die Pressestelle", first.version())
			.block();
		assertThat(second.authors()).extracting(SessionNote.NoteAuthor::name)
			.containsExactly("Teilnehmerin 2", "Teilnehmerin 1");
		assertThatExceptionOfType(NoteConflict.class)
			.isThrownBy(() -> this.notes.save(event, scribe, session, "Meine Fassung", first.version()).block())
			.satisfies((conflict) -> assertThat(conflict.current().text()).contains("Freigabe"));
		assertThatExceptionOfType(EventDenied.class).isThrownBy(
				() -> this.notes.save(event, Members.member("notes", 3), session, "Fremd", second.version()).block());

		String page = "/veranstaltungen/" + event.slug() + "/sessions/" + session.slug();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("text", "Meine eigene, längere Fassung der Notizen");
		form.add("version", String.valueOf(first.version()));
		String refused = this.pages.post(scribe, page + "/notizen", form, HttpStatus.CONFLICT);
		assertThat(refused).contains("Inzwischen hat jemand anderes die Notizen gespeichert",
				"Meine eigene, längere Fassung der Notizen", "Freigabe durch die Pressestelle");

		String documentation = this.pages.get(null, "/veranstaltungen/" + event.slug() + "/dokumentation",
				HttpStatus.OK);
		assertThat(documentation).contains("Redaktionsplan", "Freigabe durch die Pressestelle",
				"Notizen von Teilnehmerin 2, Teilnehmerin 1");
		// The index follows the saves in the background (SearchIndexer.onChange).
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.search.search("Pressestelle Freigabe", null, 20).block().hits())
				.anySatisfy((hit) -> assertThat(hit.url()).endsWith("/sessions/" + session.slug())));
	}

	@Test
	void aSessionBecomesADraftPraxisbeispielOfTheProposersMunicipality() {
		Event event = barcamp();
		Member proposer = Members.member("praxis", 1);
		this.registrations.register(event, proposer).block();
		SessionProposal session = this.proposals
			.propose(event, proposer, People.proposal("Azubis erklären ihren Beruf"), null)
			.block();
		this.notes.save(event, proposer, session, "Drei Azubis, ein Handy, zwei Drehtage.", null).block();
		String page = "/veranstaltungen/" + event.slug() + "/sessions/" + session.slug();
		assertThat(this.pages.get(proposer, page, HttpStatus.OK)).contains("Als Praxisbeispiel übernehmen");
		Member other = new Member("praxis-x", "x", "Xaver", null, "stadt-altena", Set.of());
		assertThat(this.pages.get(other, page, HttpStatus.OK)).doesNotContain("Als Praxisbeispiel übernehmen");

		String location = this.pages.as(proposer)
			.post()
			.uri(page + "/als-praxisbeispiel")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(location).startsWith("/praxis/azubis-erklaeren-ihren-beruf").endsWith("/bearbeiten");
		String slug = location.substring("/praxis/".length(), location.length() - "/bearbeiten".length());
		Practice draft = this.authoring.find(slug, proposer).block();
		assertThat(draft.status()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(draft.content().municipalities()).containsExactly("kreis-steinfurt");
		assertThat(draft.content().body()).contains("## Kernaussagen", "## Umsetzung",
				"Drei Azubis, ein Handy, zwei Drehtage.", event.title());

		// Someone from another municipality may not.
		this.pages.as(other).post().uri(page + "/als-praxisbeispiel").exchange().expectStatus().isForbidden();
	}

	private Event barcamp() {
		return this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
	}

}
