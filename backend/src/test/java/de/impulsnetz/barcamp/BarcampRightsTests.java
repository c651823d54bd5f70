package de.impulsnetz.barcamp;

import de.impulsnetz.barcamp.proposal.SessionProposal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Outcome;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.notes.SessionNotes;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static de.impulsnetz.Outcome.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permissions matrix of the barcamp pages, over HTTP: every action for anonymous
 * readers, members who are not registered, registered members, the proposer, the event's
 * organisers, organisers of another municipality and admins. The server decides, whatever
 * the page offers.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BarcampRightsTests {

	enum Actor {

		ANONYMOUS, NOT_REGISTERED, REGISTERED, PROPOSER, ORGANISER, OTHER_ORGANISER, ADMIN

	}

	private static final AtomicInteger FRESH = new AtomicInteger();

	private final PageClient pages;

	@Autowired
	EventCalendar calendar;

	@Autowired
	Registrations registrations;

	@Autowired
	Proposals proposals;

	@Autowired
	SessionNotes notes;

	private Event event;

	private SessionProposal proposal;

	private final Member registered = Members.member("rights-registered", 1);

	private final Member proposer = Members.member("rights-proposer", 1);

	BarcampRightsTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@BeforeAll
	void anEventWithAProposal() {
		this.event = this.calendar.create(Members.ORGANISER, People.barcamp(100, Voting.PLUS_ONE)).block();
		this.registrations.register(this.event, this.registered).block();
		this.registrations.register(this.event, this.proposer).block();
		this.proposal = this.proposals.propose(this.event, this.proposer, People.proposal("Rechte"), null).block();
	}

	static Stream<Arguments> matrix() {
		Outcome L = Outcome.LOGIN;
		Outcome D = Outcome.DENIED;
		Outcome A = Outcome.ALLOWED;
		// One column per actor, in the order of Actor:
		// ANONYMOUS, NOT_REGISTERED, REGISTERED, PROPOSER, ORGANISER, OTHER_ORGANISER,
		// ADMIN
		// @formatter:off
		return Stream.of(
				row("read event",         A, A, A, A, A, A, A),
				row("register",           L, A, A, A, A, A, A),
				row("open proposal form", L, A, A, A, A, A, A),
				row("propose",            L, D, A, A, A, D, A),
				row("vote",               L, D, A, A, A, D, A),
				row("edit proposal",      L, D, D, A, A, D, A),
				row("participant list",   L, D, D, D, A, D, A),
				row("participant csv",    L, D, D, D, A, D, A),
				row("plan editor",        L, D, D, D, A, D, A),
				row("place session",      L, D, D, D, A, D, A),
				row("write notes",        L, D, A, A, A, D, A),
				row("star",               L, A, A, A, A, A, A),
				row("personal plan",      L, A, A, A, A, A, A));
		// @formatter:on
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void everyActorGetsWhatTheRulesSay(String action, List<Outcome> expected) {
		for (Actor actor : Actor.values()) {
			Outcome outcome = Outcome.of(perform(action, actor), Set.of(403, 404));
			assertThat(outcome).as("%s by %s", action, actor).isEqualTo(expected.get(actor.ordinal()));
		}
		if ("register".equals(action)) {
			// Organisers and admins take part in the other rows without a registration.
			for (String id : List.of(Members.ORGANISER.id(), Members.OTHER_ORGANISER.id(), "rights-admin")) {
				this.registrations.cancel(this.event, id).block();
			}
		}
	}

	private EntityExchangeResult<byte[]> perform(String action, Actor actor) {
		String base = "/veranstaltungen/" + this.event.slug();
		String session = base + "/sessions/" + this.proposal.slug();
		WebTestClient client = client(actor);
		BiFunction<String, String[], EntityExchangeResult<byte[]>> post = (path, fields) -> {
			var form = BodyInserters.fromFormData("_", "");
			for (int i = 0; i + 1 < fields.length; i += 2) {
				form = form.with(fields[i], fields[i + 1]);
			}
			return client.post()
				.uri(path)
				.accept(MediaType.TEXT_HTML)
				.body(form)
				.exchange()
				.expectBody()
				.returnResult();
		};
		return switch (action) {
			case "read event" -> get(client, base);
			case "register" -> post.apply(base + "/teilnehmen", new String[0]);
			case "open proposal form" -> get(client, base + "/vorschlagen");
			case "propose" -> post.apply(base + "/vorschlagen", new String[] { "title",
					"Vorschlag " + FRESH.incrementAndGet(), "format", "DISKUSSION", "length", "1" });
			case "vote" ->
				post.apply(base + "/sessions/" + this.proposal.id() + "/stimme", new String[] { "points", "1" });
			case "edit proposal" -> get(client, session + "/bearbeiten");
			case "withdraw proposal (refused for others)" ->
				post.apply(session + "/zurueckziehen-gibt-es-nicht", new String[0]);
			case "participant list" -> get(client, base + "/teilnehmende");
			case "participant csv" -> get(client, base + "/teilnehmende.csv");
			case "plan editor" -> get(client, base + "/plan/bearbeiten");
			case "place session" ->
				post.apply(base + "/plan/einplanen", new String[] { "proposal", this.proposal.id(), "cell", "Saal|1" });
			case "write notes" -> post.apply(session + "/notizen",
					new String[] { "text", "Notiz " + actor, "version",
							this.notes.of(this.proposal.id())
								.map((note) -> String.valueOf(note.version()))
								.defaultIfEmpty("")
								.block() });
			case "star" -> post.apply(session + "/merken", new String[] { "wert", "ja" });
			case "personal plan" -> get(client, base + "/mein-plan");
			default -> throw new IllegalArgumentException(action);
		};
	}

	private static EntityExchangeResult<byte[]> get(WebTestClient client, String path) {
		return client.get().uri(path).accept(MediaType.TEXT_HTML).exchange().expectBody().returnResult();
	}

	private WebTestClient client(Actor actor) {
		WebTestClient anonymous = this.pages.anonymous().mutateWith(SecurityMockServerConfigurers.csrf());
		return switch (actor) {
			case ANONYMOUS -> anonymous;
			case NOT_REGISTERED -> this.pages.as(Members.member("rights-stranger", FRESH.incrementAndGet()));
			case REGISTERED -> this.pages.as(this.registered);
			case PROPOSER -> this.pages.as(this.proposer);
			case ORGANISER -> this.pages.as(Members.ORGANISER);
			case OTHER_ORGANISER -> this.pages.as(Members.OTHER_ORGANISER);
			case ADMIN -> this.pages.as(new Member("rights-admin", "adm", "Adele Admin", null, "stadt-rheine",
					Set.of(Role.MEMBER, Role.ADMIN)));
		};
	}

}
