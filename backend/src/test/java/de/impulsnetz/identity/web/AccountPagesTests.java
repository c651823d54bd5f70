package de.impulsnetz.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.notes.SessionNote;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeAuthoringTests;
import de.impulsnetz.practice.watches.PracticeWatches;
import de.impulsnetz.practice.watches.Watch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /konto} as a member reads it: what they have here, named and linked; the way to
 * Keycloak for name and email; an export that names things; a deletion page that says
 * what happens to each kind of content.
 */
@IntegrationTest
class AccountPagesTests {

	private final PageClient pages;

	private final ApplicationContext context;

	AccountPagesTests(@Autowired ApplicationContext context) {
		this.context = context;
		this.pages = new PageClient(context);
	}

	@Autowired
	EventCalendar calendar;

	@Autowired
	Registrations registrations;

	@Autowired
	Proposals proposals;

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	List<MemberDataHolder> holders;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PracticeWatches watches;

	@Value("${impulsnetz.keycloak.url}")
	String keycloakUrl;

	@Test
	void theAccountPageListsRegistrationsProposalsCasesAndLinksToKeycloak() {
		Member member = Members.member("konto-" + UUID.randomUUID(), 1);
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		this.registrations.register(event, member).block();
		SessionProposal proposal = this.proposals
			.propose(event, member, People.proposal("Kommentare moderieren im Team"), null)
			.block();
		this.authoring
			.create(member, PracticeAuthoringTests.content("Mein Entwurf im Konto", List.of("kreis-steinfurt")))
			.block();

		String page = this.pages.get(member, "/konto", HttpStatus.OK);
		assertThat(page).contains("Ihre Anmeldungen", "href=\"/veranstaltungen/" + event.slug() + "\"", event.title(),
				"(bestätigt)");
		assertThat(page).contains("Ihre Session-Vorschläge",
				"href=\"/veranstaltungen/" + event.slug() + "/sessions/" + proposal.slug() + "\"",
				"Kommentare moderieren im Team");
		assertThat(page).contains("Praxisbeispiele, an denen Sie mitgeschrieben haben", "Mein Entwurf im Konto",
				"(Entwurf)");
		assertThat(page).contains("href=\"" + this.keycloakUrl + "/realms/impulsnetz/account\"",
				"Name und E-Mail bei Keycloak ändern");
		assertThat(page).contains("href=\"/konto/daten/ansicht\"", "href=\"/konto/daten\"");
		assertThat(page).doesNotContain("BESTAETIGT");
	}

	@Test
	void theExportNamesEventsAndSessionsAndSaysTheStatusInGerman() {
		Member member = Members.member("export-" + UUID.randomUUID(), 1);
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		this.registrations.register(event, member).block();
		MemberDataHolder barcamp = this.holders.stream()
			.filter((holder) -> holder.key().equals("veranstaltungen"))
			.findFirst()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		Map<String, Object> data = (Map<String, Object>) barcamp.export(member).block();
		assertThat((List<Object>) data.get("anmeldungen")).containsExactly(event.title() + ": bestätigt");

		// Watches live in the shared test database: they go again, so no other test's
		// publication mails this member.
		this.watches.watch(member, Watch.Kind.TOPIC, "Recruiting").block();
		this.watches.watch(member, Watch.Kind.CHANNEL, "INSTAGRAM").block();
		try {
			MemberDataHolder practice = this.holders.stream()
				.filter((holder) -> holder.key().equals("praxisbeispiele"))
				.findFirst()
				.orElseThrow();
			@SuppressWarnings("unchecked")
			Map<String, Object> cases = (Map<String, Object>) practice.export(member).block();
			assertThat((List<Object>) cases.get("beobachtet")).containsExactlyInAnyOrder("Thema: Recruiting",
					"Kanal: Instagram");
		}
		finally {
			this.watches.unwatch(member, Watch.Kind.TOPIC, "Recruiting").block();
			this.watches.unwatch(member, Watch.Kind.CHANNEL, "INSTAGRAM").block();
		}
	}

	@Test
	void erasingTakesTheNameOffSessionNotesAndKeepsTheText() {
		Member member = Members.member("notizen-" + UUID.randomUUID(), 1);
		String proposal = "notiz-" + UUID.randomUUID();
		this.mongo.insert(new SessionNote(proposal, "ein-barcamp", "Wir haben viel gelernt.",
				List.of(new SessionNote.NoteAuthor("m-jemand", "Jemand Anderes"),
						new SessionNote.NoteAuthor(member.id(), member.name())),
				Instant.now(), null))
			.block();
		MemberDataHolder barcamp = this.holders.stream()
			.filter((holder) -> holder.key().equals("veranstaltungen"))
			.findFirst()
			.orElseThrow();
		barcamp.erase(member).block();
		SessionNote note = this.mongo.findById(proposal, SessionNote.class).block();
		assertThat(note.text()).isEqualTo("Wir haben viel gelernt.");
		assertThat(note.authors()).containsExactly(new SessionNote.NoteAuthor("m-jemand", "Jemand Anderes"),
				new SessionNote.NoteAuthor(null, "ehemaliges Mitglied"));
	}

	@Test
	void theStartPageConfirmsADeletedAccount() {
		String page = this.pages.get(null, "/?konto-geloescht", HttpStatus.OK);
		assertThat(page).containsOnlyOnce("id=\"meldung\"").contains("Ihr Konto ist gelöscht");
		assertThat(this.pages.get(null, "/", HttpStatus.OK)).doesNotContain("id=\"meldung\"");
	}

	@Test
	void theDeletionPageSaysWhatHappensToEachKindOfContent() {
		String page = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build()
			.mutateWith(SignedIn.as(Members.STEINFURT, Instant.now()))
			.get()
			.uri("/konto/loeschen")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Was mit Ihren Inhalten geschieht",
				"Ein veröffentlichtes Praxisbeispiel, das Sie allein geschrieben haben", "Bleibt veröffentlicht",
				"Ihre Session-Vorschläge, auch eingeplante", "Anmeldungen zu Veranstaltungen",
				"wer auf der Warteliste steht, rückt auf Ihren Platz nach", "Stimmen und gemerkte Sessions",
				"Session-Notizen", "Hochgeladene Bilder");
	}

}
