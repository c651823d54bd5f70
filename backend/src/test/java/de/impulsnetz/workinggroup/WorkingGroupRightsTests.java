package de.impulsnetz.workinggroup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.Outcome;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.workinggroup.actions.Actions;
import de.impulsnetz.workinggroup.actions.GroupAction;
import de.impulsnetz.workinggroup.actions.NewAction;
import de.impulsnetz.workinggroup.meetings.MeetingDraft;
import de.impulsnetz.workinggroup.meetings.Meetings;
import de.impulsnetz.workinggroup.meetings.ScheduledMeeting;
import de.impulsnetz.workinggroup.membership.Memberships;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static de.impulsnetz.Outcome.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permissions matrix of the working groups over HTTP, pages and API alike: every
 * action for anonymous readers, a member of a member municipality, a member of another
 * municipality, a person in the group, a coordinator, an organiser and an admin (the last
 * two not in the group). The server decides, whatever the page offers.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingGroupRightsTests {

	enum Actor {

		ANONYMOUS, MEMBER_MUNICIPALITY, OTHER_MUNICIPALITY, PERSON, COORDINATOR, ORGANISER, ADMIN

	}

	private static final AtomicInteger FRESH = new AtomicInteger();

	static final Member FOUNDER = new Member("ag-founder", "fia", "Fia Gründerin", "fia@kreis-steinfurt.example",
			"kreis-steinfurt", Set.of(Role.MEMBER, Role.ADMIN));

	static final Member COORDINATOR = new Member("ag-coordinator", "cora", "Cora Koordination", "cora@rheine.example",
			"stadt-rheine", Set.of(Role.MEMBER));

	static final Member PERSON = new Member("ag-person", "paul", "Paul Person", null, "kreis-steinfurt",
			Set.of(Role.MEMBER));

	static final Member ADMIN = new Member("ag-admin", "alma", "Alma Admin", null, "jobcenter-kreis-guetersloh",
			Set.of(Role.MEMBER, Role.ADMIN));

	private final PageClient pages;

	@Autowired
	WorkingGroups groups;

	@Autowired
	Memberships memberships;

	@Autowired
	Meetings meetings;

	@Autowired
	Actions actions;

	private WorkingGroup group;

	private ScheduledMeeting meeting;

	private GroupAction action;

	WorkingGroupRightsTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@BeforeAll
	void aGroupWithACoordinatorAPersonAMeetingAndAnAction() {
		this.group = aGroup(this.groups, this.memberships, "Rechte der Arbeitsgruppe");
		this.meeting = this.meetings.plan(COORDINATOR, this.group.slug(), draft(LocalDate.of(2027, 5, 5)), false)
			.blockFirst();
		this.action = this.actions
			.add(PERSON, this.group.slug(), this.meeting.event().slug(),
					new NewAction("Kanalliste pflegen", "stadt-rheine", null, LocalDate.of(2027, 6, 1)))
			.block();
	}

	/**
	 * A group founded by an admin who hands the coordination to {@link #COORDINATOR} and
	 * leaves; {@link #PERSON} asked to join and was accepted.
	 */
	static WorkingGroup aGroup(WorkingGroups groups, Memberships memberships, String title) {
		WorkingGroup founded = groups
			.create(FOUNDER, new NewGroup(title, "kreis-steinfurt", List.of("stadt-rheine"), "Zweck: **gemeinsam**."))
			.block();
		String slug = founded.slug();
		memberships.invitePerson(FOUNDER, slug, COORDINATOR.email()).block();
		memberships.acceptInvitation(COORDINATOR, slug).block();
		memberships.makeCoordinator(FOUNDER, slug, COORDINATOR.id()).block();
		memberships.request(PERSON, slug, "Ich mache gern mit.").block();
		memberships.decide(COORDINATOR, slug, PERSON.id(), true).block();
		return memberships.leave(FOUNDER, slug).block();
	}

	static MeetingDraft draft(LocalDate date) {
		return new MeetingDraft("Treffen der Rechte", date, LocalTime.of(14, 0), LocalTime.of(17, 0), "Kreishaus",
				"Steinfurt", 20);
	}

	static Stream<Arguments> matrix() {
		Outcome L = Outcome.LOGIN;
		Outcome D = Outcome.DENIED;
		Outcome A = Outcome.ALLOWED;
		// One column per actor, in the order of Actor:
		// ANONYMOUS, MEMBER_MUNICIPALITY, OTHER_MUNICIPALITY, PERSON, COORDINATOR,
		// ORGANISER, ADMIN
		// @formatter:off
		return Stream.of(
				row("read group page",         A, A, A, A, A, A, A),
				row("read meeting page",       A, A, A, A, A, A, A),
				row("read open actions",       L, D, D, A, A, D, A),
				row("api open actions",        L, D, D, A, A, D, A),
				row("open founding form",      L, D, D, D, D, A, A),
				row("found group",             L, D, D, D, D, A, A),
				row("api found group",         L, D, D, D, D, A, A),
				row("edit description",        L, D, D, D, A, D, A),
				row("invite municipality",     L, D, D, D, A, D, A),
				row("invite person",           L, D, D, D, A, D, A),
				row("ask to join",             L, A, D, D, D, D, D),
				row("accept request",          L, D, D, D, A, D, A),
				row("decline request",         L, D, D, D, A, D, A),
				row("open meeting planner",    L, D, D, D, A, D, A),
				row("plan meeting",            L, D, D, D, A, D, A),
				row("api plan quarterly",      L, D, D, D, A, D, A),
				row("reschedule meeting",      L, D, D, D, A, D, A),
				row("write agenda",            L, D, D, A, A, D, A),
				row("write minutes",           L, D, D, A, A, D, A),
				row("api write minutes",       L, D, D, A, A, D, A),
				row("publish minutes",         L, D, D, D, A, D, A),
				row("add action",              L, D, D, A, A, D, A),
				row("api add action",          L, D, D, A, A, D, A),
				row("mark action",             L, D, D, A, A, D, A));
		// @formatter:on
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void everyActorGetsWhatTheRulesSay(String action, List<Outcome> expected) {
		for (Actor actor : Actor.values()) {
			Outcome outcome = outcome(perform(action, actor));
			assertThat(outcome).as("%s by %s", action, actor).isEqualTo(expected.get(actor.ordinal()));
		}
	}

	private EntityExchangeResult<byte[]> perform(String action, Actor actor) {
		String slug = this.group.slug();
		String base = "/arbeitsgruppen/" + slug;
		String event = this.meeting.event().slug();
		String meetingPage = base + "/treffen/" + event;
		String api = "/api/v1/arbeitsgruppen/" + slug;
		Member member = member(actor);
		WebTestClient client = (member != null) ? this.pages.as(member)
				: this.pages.anonymous().mutateWith(SecurityMockServerConfigurers.csrf());
		WebTestClient bearer = (member != null) ? this.pages.anonymous().mutateWith(SignedIn.bearer(member))
				: this.pages.anonymous();
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
		String[] meetingFields = { "title", "Treffen " + FRESH.incrementAndGet(), "date", "2027-09-01", "from", "10:00",
				"to", "12:00", "venue", "Rathaus", "city", "Rheine", "capacity", "15" };
		return switch (action) {
			case "read group page" -> get(client, base);
			case "read meeting page" -> get(client, meetingPage);
			case "read open actions" -> get(client, base + "/massnahmen");
			case "api open actions" -> api(bearer, HttpMethod.GET, api + "/massnahmen", null);
			case "open founding form" -> get(client, "/arbeitsgruppen/neu");
			case "found group" -> post.apply("/arbeitsgruppen", new String[] { "title",
					"Gegründet " + FRESH.incrementAndGet(), "coordinator", "stadt-altena", "purpose", "Zweck" });
			case "api found group" -> api(bearer, HttpMethod.POST, "/api/v1/arbeitsgruppen",
					Map.of("title", "Per API " + FRESH.incrementAndGet(), "coordinator", "stadt-altena", "members",
							List.of("stadt-rheine"), "purpose", "Zweck"));
			case "edit description" -> post.apply(base + "/bearbeiten", new String[] { "title", this.group.title(),
					"purpose", "Zweck " + actor, "version", String.valueOf(version()) });
			case "invite municipality" ->
				post.apply(base + "/einladen/kommune", new String[] { "kommune", "sozialwerk-muensterland" });
			case "invite person" ->
				post.apply(base + "/einladen/person", new String[] { "email", "neu@kommune.example" });
			case "ask to join" -> post.apply(base + "/beitreten", new String[] { "nachricht", "Hallo" });
			case "accept request" -> post.apply(base + "/anfragen/" + requester() + "/annehmen", new String[0]);
			case "decline request" -> post.apply(base + "/anfragen/" + requester() + "/ablehnen", new String[0]);
			case "open meeting planner" -> get(client, base + "/treffen/neu");
			case "plan meeting" -> post.apply(base + "/treffen", meetingFields);
			case "api plan quarterly" -> api(bearer, HttpMethod.POST, api + "/treffen",
					Map.of("title", "Quartal " + FRESH.incrementAndGet(), "date", "2028-01-12", "from", "14:00", "to",
							"16:00", "venue", "Kreishaus", "city", "Steinfurt", "capacity", 20, "quarterly", true));
			case "reschedule meeting" -> {
				String[] fields = meetingFields.clone();
				fields[1] = this.meeting.event().title();
				String[] withVersion = Stream
					.concat(Stream.of(fields), Stream.of("version", String.valueOf(eventVersion())))
					.toArray(String[]::new);
				yield post.apply(meetingPage + "/bearbeiten", withVersion);
			}
			case "write agenda" -> post.apply(meetingPage + "/tagesordnung",
					new String[] { "text", "1. Punkt von " + actor, "version", String.valueOf(meetingVersion()) });
			case "write minutes" -> post.apply(meetingPage + "/protokoll",
					new String[] { "text", "Protokoll von " + actor, "version", String.valueOf(meetingVersion()) });
			case "api write minutes" -> api(bearer, HttpMethod.PUT, api + "/treffen/" + event + "/protokoll",
					Map.of("text", "API-Protokoll von " + actor, "version", meetingVersion()));
			case "publish minutes" -> post.apply(meetingPage + "/veroeffentlichen", new String[] { "wert", "nein" });
			case "add action" -> post.apply(meetingPage + "/massnahmen", new String[] { "text", "Maßnahme von " + actor,
					"responsible", "kommune:kreis-steinfurt", "due", "2027-07-01" });
			case "api add action" -> api(bearer, HttpMethod.POST, api + "/treffen/" + event + "/massnahmen",
					Map.of("text", "API-Maßnahme von " + actor, "responsiblePerson", PERSON.id()));
			case "mark action" ->
				post.apply(base + "/massnahmen/" + this.action.id() + "/status", new String[] { "status", "OFFEN" });
			default -> throw new IllegalArgumentException(action);
		};
	}

	private long version() {
		return this.groups.bySlug(this.group.slug()).block().version();
	}

	private long meetingVersion() {
		return this.meetings.of(this.group.slug(), this.meeting.event().slug()).block().meeting().version();
	}

	private long eventVersion() {
		return this.meetings.of(this.group.slug(), this.meeting.event().slug()).block().event().version();
	}

	/**
	 * A fresh member of a member municipality who just asked to join.
	 */
	private String requester() {
		Member requester = new Member("ag-requester-" + FRESH.incrementAndGet(), "rena", "Rena Anfrage", null,
				"stadt-rheine", Set.of(Role.MEMBER));
		this.memberships.request(requester, this.group.slug(), null).block();
		return requester.id();
	}

	static EntityExchangeResult<byte[]> get(WebTestClient client, String path) {
		return client.get().uri(path).accept(MediaType.TEXT_HTML).exchange().expectBody().returnResult();
	}

	static EntityExchangeResult<byte[]> api(WebTestClient client, HttpMethod method, String path, Object body) {
		WebTestClient.RequestBodySpec request = client.method(method).uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		}
		return request.exchange().expectBody().returnResult();
	}

	private static Member member(Actor actor) {
		return switch (actor) {
			case ANONYMOUS -> null;
			case MEMBER_MUNICIPALITY -> new Member("ag-rheine-" + FRESH.incrementAndGet(), "rudi", "Rudi Rheine", null,
					"stadt-rheine", Set.of(Role.MEMBER));
			case OTHER_MUNICIPALITY -> new Member("ag-altena-" + FRESH.incrementAndGet(), "anna", "Anna Altena", null,
					"stadt-altena", Set.of(Role.MEMBER));
			case PERSON -> PERSON;
			case COORDINATOR -> COORDINATOR;
			case ORGANISER -> Members.ORGANISER;
			case ADMIN -> ADMIN;
		};
	}

	/**
	 * Refusals of this matrix: 403, 404, and 409 for what the group's state refuses.
	 */
	static Outcome outcome(EntityExchangeResult<byte[]> result) {
		return Outcome.of(result, Set.of(403, 404, 409));
	}

}
