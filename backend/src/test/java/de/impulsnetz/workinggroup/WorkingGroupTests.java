package de.impulsnetz.workinggroup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.identity.Role;
import de.impulsnetz.search.Search;
import de.impulsnetz.search.SearchHit;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.workinggroup.actions.ActionStatus;
import de.impulsnetz.workinggroup.actions.Actions;
import de.impulsnetz.workinggroup.actions.GroupAction;
import de.impulsnetz.workinggroup.actions.NewAction;
import de.impulsnetz.workinggroup.meetings.Meeting;
import de.impulsnetz.workinggroup.meetings.Meetings;
import de.impulsnetz.workinggroup.meetings.ScheduledMeeting;
import de.impulsnetz.workinggroup.meetings.TextConflict;
import de.impulsnetz.workinggroup.membership.Memberships;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static de.impulsnetz.workinggroup.WorkingGroupRightsTests.COORDINATOR;
import static de.impulsnetz.workinggroup.WorkingGroupRightsTests.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Working groups at work: quarterly meetings, minutes written by two people at once, the
 * open Maßnahmen, what stays for the people in the group, search, feed, import, export
 * and erasure.
 */
@IntegrationTest
class WorkingGroupTests {

	private final PageClient pages;

	@Autowired
	WorkingGroups groups;

	@Autowired
	Memberships memberships;

	@Autowired
	Meetings meetings;

	@Autowired
	Actions actions;

	@Autowired
	EventCalendar calendar;

	@Autowired
	Search search;

	@Autowired
	List<MemberDataHolder> holders;

	WorkingGroupTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	void everyQuarterPlansTheNextFourMeetingsInOneStepEachStillEditable() {
		WorkingGroup group = aGroup("Quartalsgruppe");
		String base = "/arbeitsgruppen/" + group.slug();
		String target = this.pages.redirect(COORDINATOR, base + "/treffen",
				form("title", "Quartalstreffen", "date", "2027-01-13", "from", "14:00", "to", "17:00", "venue",
						"Kreishaus", "city", "Steinfurt", "capacity", "25", "quarterly", "ja"));
		assertThat(target).startsWith(base + "?geplant");
		List<ScheduledMeeting> planned = this.meetings.of(group.slug()).collectList().block();
		assertThat(planned).hasSize(4);
		assertThat(planned).extracting((scheduled) -> Berlin.local(scheduled.event().startsAt()))
			.containsExactly(LocalDateTime.of(2027, 1, 13, 14, 0), LocalDateTime.of(2027, 4, 13, 14, 0),
					LocalDateTime.of(2027, 7, 13, 14, 0), LocalDateTime.of(2027, 10, 13, 14, 0));
		assertThat(planned).allSatisfy((scheduled) -> {
			assertThat(scheduled.event().kind()).isEqualTo(EventKind.AG_TREFFEN);
			assertThat(scheduled.event().organisers()).containsExactly("kreis-steinfurt");
			assertThat(scheduled.event().capacity()).isEqualTo(25);
		});

		Event second = planned.get(1).event();
		this.pages.redirect(COORDINATOR, base + "/treffen/" + second.slug() + "/bearbeiten",
				form("title", "Quartalstreffen in Rheine", "date", "2027-04-20", "from", "10:00", "to", "13:00",
						"venue", "Rathaus", "city", "Rheine", "capacity", "30", "version",
						String.valueOf(second.version())));
		List<ScheduledMeeting> after = this.meetings.of(group.slug()).collectList().block();
		assertThat(after.get(1).event().title()).isEqualTo("Quartalstreffen in Rheine");
		assertThat(Berlin.local(after.get(1).event().startsAt())).isEqualTo(LocalDateTime.of(2027, 4, 20, 10, 0));
		assertThat(after.get(1).event().venue().city()).isEqualTo("Rheine");
		assertThat(List.of(after.get(0), after.get(2), after.get(3)))
			.extracting((scheduled) -> scheduled.event().version())
			.containsExactly(planned.get(0).event().version(), planned.get(2).event().version(),
					planned.get(3).event().version());
		// The registration is the event's, as for every Veranstaltung.
		assertThat(this.calendar.bySlug(second.slug()).block().registrationWindow().isOpen(Instant.now())).isTrue();
		// A second change from the same starting version is refused, its entries kept.
		String stale = this.pages.post(COORDINATOR, base + "/treffen/" + second.slug() + "/bearbeiten",
				form("title", "Veraltet geplant", "date", "2027-04-21", "from", "10:00", "to", "13:00", "venue",
						"Rathaus", "city", "Rheine", "capacity", "30", "version", String.valueOf(second.version())),
				HttpStatus.CONFLICT);
		assertThat(stale).contains("Inzwischen hat jemand anderes den Termin geändert", "Veraltet geplant");
	}

	@Test
	void concurrentEditsOfTheMinutesAreDetectedAndNeitherIsLost() {
		WorkingGroup group = aGroup("Protokollgruppe");
		ScheduledMeeting meeting = aMeeting(group);
		String page = "/arbeitsgruppen/" + group.slug() + "/treffen/" + meeting.event().slug();
		long startedFrom = meeting.meeting().version();

		this.pages.redirect(COORDINATOR, page + "/protokoll",
				form("text", "Cora: Wir treffen uns im Frühjahr wieder.", "version", String.valueOf(startedFrom)));
		String second = this.pages.post(PERSON, page + "/protokoll",
				form("text", "Paul: Die Kanalliste wird bis März gepflegt.", "version", String.valueOf(startedFrom)),
				HttpStatus.CONFLICT);

		assertThat(second).contains("Inzwischen hat jemand anderes gespeichert. Ihr Text ist nicht verloren")
			.contains("Paul: Die Kanalliste wird bis März gepflegt.")
			.contains("Cora: Wir treffen uns im Frühjahr wieder.");
		Meeting stored = this.meetings.of(group.slug(), meeting.event().slug()).block().meeting();
		assertThat(stored.minutes()).isEqualTo("Cora: Wir treffen uns im Frühjahr wieder.");

		// The second writer merges and saves with the version the conflict page gave.
		this.pages.redirect(PERSON, page + "/protokoll",
				form("text",
						"Cora: Wir treffen uns im Frühjahr wieder.\n\nPaul: Die Kanalliste wird bis März gepflegt.",
						"version", String.valueOf(stored.version())));
		Meeting merged = this.meetings.of(group.slug(), meeting.event().slug()).block().meeting();
		assertThat(merged.minutes()).contains("Cora:", "Paul:");
		assertThat(merged.authors()).extracting(Meeting.Author::name)
			.containsExactly(COORDINATOR.name(), PERSON.name());

		// Two saves at the same moment from the same version: one wins, the other is
		// told.
		long now = merged.version();
		List<Object> outcomes = Flux
			.merge(List.of("Erste gleichzeitige Fassung", "Zweite gleichzeitige Fassung")
				.stream()
				.map((text) -> this.meetings
					.save(text.startsWith("Erste") ? COORDINATOR : PERSON, group.slug(), meeting.event().slug(),
							Meeting.Part.MINUTES, text, now)
					.subscribeOn(Schedulers.parallel())
					.<Object>map(Meeting::minutes)
					.onErrorResume(TextConflict.class, (conflict) -> Mono.just(conflict)))
				.toList())
			.collectList()
			.block();
		assertThat(outcomes).hasSize(2)
			.haveExactly(1, new Condition<>((outcome) -> outcome instanceof TextConflict, "a conflict"));
		String winner = (String) outcomes.stream().filter(String.class::isInstance).findFirst().orElseThrow();
		assertThat(this.meetings.of(group.slug(), meeting.event().slug()).block().meeting().minutes())
			.isEqualTo(winner);
		merged = this.meetings.of(group.slug(), meeting.event().slug()).block().meeting();

		// The API refuses a stale version with a German problem detail.
		Map<String, Object> problem = this.pages.api(PERSON, HttpMethod.PUT,
				"/api/v1/arbeitsgruppen/" + group.slug() + "/treffen/" + meeting.event().slug() + "/protokoll",
				Map.of("text", "Überschrieben?", "version", startedFrom), HttpStatus.CONFLICT);
		assertThat(problem.get("detail")).asString().startsWith("Inzwischen hat jemand anderes gespeichert");
		assertThat(this.meetings.of(group.slug(), meeting.event().slug()).block().meeting().minutes())
			.isEqualTo(merged.minutes());
	}

	@Test
	void theGroupPageListsOpenActionsAcrossMeetingsOverdueFirst() {
		WorkingGroup group = aGroup("Maßnahmengruppe");
		ScheduledMeeting first = aMeeting(group);
		ScheduledMeeting second = this.meetings
			.plan(COORDINATOR, group.slug(), WorkingGroupRightsTests.draft(LocalDate.of(2027, 8, 4)), false)
			.blockFirst();
		LocalDate today = this.actions.today();
		add(group, second, "Später fällig", today.plusDays(5));
		add(group, first, "Ohne Datum", null);
		add(group, second, "Lange überfällig", today.minusDays(10));
		GroupAction done = add(group, first, "Schon erledigt", today.minusDays(20));
		this.actions.mark(PERSON, group.slug(), done.id(), ActionStatus.ERLEDIGT).block();
		add(group, first, "Knapp überfällig", today.minusDays(1));

		assertThat(this.actions.open(group.slug()).map(GroupAction::text).collectList().block())
			.containsExactly("Lange überfällig", "Knapp überfällig", "Später fällig", "Ohne Datum");
		String page = this.pages.get(PERSON, "/arbeitsgruppen/" + group.slug(), HttpStatus.OK);
		assertThat(order(page, "Lange überfällig", "Knapp überfällig", "Später fällig", "Ohne Datum")).isTrue();
		assertThat(page).doesNotContain("Schon erledigt").contains("überfällig</span>");
		String list = this.pages.get(PERSON, "/arbeitsgruppen/" + group.slug() + "/massnahmen", HttpStatus.OK);
		assertThat(order(list, "Lange überfällig", "Knapp überfällig", "Später fällig", "Ohne Datum")).isTrue();
		String json = this.pages.anonymous()
			.mutateWith(SignedIn.bearer(PERSON))
			.get()
			.uri("/api/v1/arbeitsgruppen/" + group.slug() + "/massnahmen")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(order(json, "Lange überfällig", "Knapp überfällig", "Später fällig", "Ohne Datum")).isTrue();
	}

	@Test
	void theMembersOnlyPartStaysWithThePeopleInTheGroup() {
		WorkingGroup group = aGroup("Vertrauliche Gruppe");
		ScheduledMeeting meeting = aMeeting(group);
		String slug = group.slug();
		String event = meeting.event().slug();
		this.meetings
			.save(PERSON, slug, event, Meeting.Part.AGENDA, "Tagesordnungspunkt Zitronenfalter",
					meeting.meeting().version())
			.block();
		long version = this.meetings.of(slug, event).block().meeting().version();
		this.meetings.save(PERSON, slug, event, Meeting.Part.MINUTES, "Entwurf über Kohlmeisen", version).block();
		add(group, meeting, "Maßnahme Eichhörnchen", null);
		Member other = new Member("ag-outsider", "olli", "Olli Außen", null, "stadt-altena", Set.of(Role.MEMBER));
		Member sameTown = new Member("ag-rheine-reader", "rita", "Rita Rheine", null, "stadt-rheine",
				Set.of(Role.MEMBER));
		for (Member reader : new Member[] { null, other, sameTown, Members.ORGANISER }) {
			String groupPage = this.pages.get(reader, "/arbeitsgruppen/" + slug, HttpStatus.OK);
			String meetingPage = this.pages.get(reader, "/arbeitsgruppen/" + slug + "/treffen/" + event, HttpStatus.OK);
			assertThat(groupPage + meetingPage).as("reader %s", reader)
				.contains("Vertrauliche Gruppe", "Stadt Rheine")
				.doesNotContain(PERSON.name(), COORDINATOR.name(), "Zitronenfalter", "Kohlmeisen", "Eichhörnchen",
						"einladen/person");
			Map<String, Object> api = this.pages.api(reader, HttpMethod.GET, "/api/v1/arbeitsgruppen/" + slug, null,
					HttpStatus.OK);
			assertThat(api).containsEntry("title", "Vertrauliche Gruppe").doesNotContainKey("people");
		}
		String inside = this.pages.get(PERSON, "/arbeitsgruppen/" + slug + "/treffen/" + event, HttpStatus.OK);
		assertThat(inside).contains("Zitronenfalter", "Kohlmeisen", "Eichhörnchen").doesNotContain("??");
		assertThat(this.pages.get(PERSON, "/arbeitsgruppen/" + slug, HttpStatus.OK)).contains(COORDINATOR.name())
			.doesNotContain("??");
		assertThat(this.pages.get(COORDINATOR, "/arbeitsgruppen/" + slug, HttpStatus.OK))
			.contains("einladen/person", "Anfragen zum Beitritt")
			.doesNotContain("??");

		// Published minutes are a public result.
		this.meetings.publish(COORDINATOR, slug, event, true).block();
		assertThat(this.pages.get(null, "/arbeitsgruppen/" + slug + "/treffen/" + event, HttpStatus.OK))
			.contains("Kohlmeisen")
			.doesNotContain("Zitronenfalter", "Eichhörnchen");
	}

	@Test
	void searchFindsThePublicPartAndPublishedMinutesOnly() {
		WorkingGroup group = this.groups
			.create(WorkingGroupRightsTests.FOUNDER,
					new NewGroup("Gruppe Leuchtturmwärter", "kreis-steinfurt", List.of(), "Wir pflegen Leuchttürme."))
			.block();
		ScheduledMeeting meeting = this.meetings
			.plan(WorkingGroupRightsTests.FOUNDER, group.slug(),
					WorkingGroupRightsTests.draft(LocalDate.of(2027, 2, 2)), false)
			.blockFirst();
		await().atMost(Duration.ofSeconds(5)).until(() -> found("Leuchttürme").contains(group.slug()));
		this.meetings
			.save(WorkingGroupRightsTests.FOUNDER, group.slug(), meeting.event().slug(), Meeting.Part.MINUTES,
					"Beschluss über Nebelhörner", meeting.meeting().version())
			.block();
		this.meetings.save(WorkingGroupRightsTests.FOUNDER, group.slug(), meeting.event().slug(), Meeting.Part.AGENDA,
				"Punkt Seezeichen", this.meetings.of(group.slug(), meeting.event().slug()).block().meeting().version())
			.block();
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> found("Nebelhörner").isEmpty());
		this.meetings.publish(WorkingGroupRightsTests.FOUNDER, group.slug(), meeting.event().slug(), true).block();
		await().atMost(Duration.ofSeconds(5)).until(() -> found("Nebelhörner").contains(group.slug()));
		assertThat(found("Seezeichen")).isEmpty();
		assertThat(this.pages.get(null, "/suche?q=Leuchttürme", HttpStatus.OK)).contains("Gruppe Leuchtturmwärter",
				">Arbeitsgruppe</p>");
	}

	@Test
	void theSteinfurtGroupComesFromTheContentWithItsMeetingsAndFeed() {
		WorkingGroup steinfurt = this.groups.bySlug("social-media-kreis-steinfurt").block();
		assertThat(steinfurt.municipalities()).containsExactly("kreis-steinfurt", "stadt-rheine", "stadt-ibbenbueren",
				"stadt-greven");
		List<ScheduledMeeting> meetings = this.meetings.of(steinfurt.slug()).collectList().block();
		assertThat(meetings).extracting((scheduled) -> scheduled.event().slug())
			.containsExactly("ag-treffen-social-media-steinfurt-september-2024",
					"ag-treffen-social-media-steinfurt-dezember-2026", "ag-treffen-social-media-steinfurt-maerz-2027");
		assertThat(meetings.get(0).meeting().minutesPublished()).isTrue();
		assertThat(Berlin.local(meetings.get(0).event().startsAt()).toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 20));
		String page = this.pages.get(null, "/arbeitsgruppen/social-media-kreis-steinfurt", HttpStatus.OK);
		assertThat(page).contains("Stadt Greven", "Protokoll veröffentlicht", "Quartal");
		String minutes = this.pages.get(null,
				"/arbeitsgruppen/social-media-kreis-steinfurt/treffen/ag-treffen-social-media-steinfurt-september-2024",
				HttpStatus.OK);
		assertThat(minutes).contains("Verteiler", "einmal im Quartal");
		String feed = this.pages.anonymous()
			.get()
			.uri("/arbeitsgruppen/social-media-kreis-steinfurt/feed.atom")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/atom+xml")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(feed)
			.contains("Protokoll veröffentlicht: Erstes Präsenztreffen",
					"Treffen: Quartalstreffen der Social-Media-Arbeitsgruppe im Dezember")
			.doesNotContain("Jahresrückblick auf die gemeinsamen Aktionen");
		assertThat(this.pages.get(null, "/arbeitsgruppen", HttpStatus.OK))
			.contains("Interkommunale Social-Media-Arbeitsgruppe Kreis Steinfurt");
		assertThat(this.pages.get(null, "/kommunen/stadt-greven", HttpStatus.OK)).contains("Arbeitsgruppen",
				"/arbeitsgruppen/social-media-kreis-steinfurt");
	}

	@Test
	void theApiFoundsAGroupWithItsSlugAndDescribesItsProblemsInGerman() {
		Map<String, Object> created = this.pages
			.api(Members.ORGANISER, HttpMethod.POST, "/api/v1/arbeitsgruppen",
					Map.of("title", "Sauerland digital", "coordinator", "stadt-altena", "members",
							List.of("suedwestfalen-agentur"), "purpose", "Gemeinsam im Sauerland."),
					HttpStatus.CREATED);
		assertThat(created).containsEntry("slug", "sauerland-digital")
			.containsEntry("members", List.of("stadt-altena", "suedwestfalen-agentur"));
		Map<String, Object> unknown = this.pages.api(Members.ORGANISER, HttpMethod.POST, "/api/v1/arbeitsgruppen",
				Map.of("title", "Irgendwo", "coordinator", "gibt-es-nicht"), HttpStatus.BAD_REQUEST);
		assertThat(unknown.get("detail")).asString().contains("nicht bekannt");
		Map<String, Object> denied = this.pages.api(Members.STEINFURT, HttpMethod.POST, "/api/v1/arbeitsgruppen",
				Map.of("title", "Ohne Rolle", "coordinator", "kreis-steinfurt"), HttpStatus.FORBIDDEN);
		assertThat(denied.get("detail")).asString().startsWith("Arbeitsgruppen gründen");
		this.pages.anonymous()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectBody()
			.jsonPath("$.paths['/api/v1/arbeitsgruppen'].post.responses['403'].description")
			.value((description) -> assertThat(description).asString().contains("Problem Details"))
			.jsonPath("$.paths['/api/v1/arbeitsgruppen/{slug}/treffen/{event}/protokoll'].put.responses['409']")
			.exists()
			.jsonPath("$.paths['/api/v1/arbeitsgruppen/{slug}/massnahmen'].get")
			.exists();
	}

	@Test
	void theLastCoordinatorStaysAndOthersLeave() {
		WorkingGroup group = aGroup("Abschiedsgruppe");
		String base = "/arbeitsgruppen/" + group.slug();
		this.pages.post(COORDINATOR, base + "/verlassen", form(), HttpStatus.CONFLICT);
		assertThat(this.pages.redirect(PERSON, base + "/verlassen", form())).startsWith(base + "?verlassen");
		assertThat(this.groups.bySlug(group.slug()).block().person(PERSON.id())).isEmpty();
		assertThat(this.groups.bySlug(group.slug()).block().person(COORDINATOR.id())).isPresent();
	}

	@Test
	void theAccountExportNamesTheGroupsAndErasureLeavesAFormerMember() {
		Member leaving = new Member("ag-leaving", "lena", "Lena Weg", "lena@rheine.example", "stadt-rheine",
				Set.of(Role.MEMBER));
		WorkingGroup group = aGroup("Exportgruppe");
		this.memberships.request(leaving, group.slug(), null).block();
		this.memberships.decide(COORDINATOR, group.slug(), leaving.id(), true).block();
		ScheduledMeeting meeting = aMeeting(group);
		this.meetings
			.save(leaving, group.slug(), meeting.event().slug(), Meeting.Part.MINUTES, "Lenas Notizen",
					meeting.meeting().version())
			.block();
		GroupAction action = this.actions
			.add(leaving, group.slug(), meeting.event().slug(),
					new NewAction("Lena klärt den Raum", null, leaving.id(), null))
			.block();
		MemberDataHolder holder = this.holders.stream()
			.filter((candidate) -> "arbeitsgruppen".equals(candidate.key()))
			.findFirst()
			.orElseThrow();
		assertThat(holder.export(leaving).block()).asString()
			.contains("Exportgruppe", "Lena klärt den Raum", meeting.event().slug());

		holder.erase(leaving).block();
		WorkingGroup after = this.groups.bySlug(group.slug()).block();
		assertThat(after.person(leaving.id())).isEmpty();
		assertThat(this.meetings.of(group.slug(), meeting.event().slug()).block().meeting().authors())
			.extracting(Meeting.Author::name)
			.containsExactly(GroupMemberData.FORMER_MEMBER);
		GroupAction kept = this.actions.ofMeeting(group.slug(), meeting.event().slug())
			.filter((candidate) -> candidate.id().equals(action.id()))
			.blockFirst();
		assertThat(kept.text()).isEqualTo("Lena klärt den Raum");
		assertThat(kept.responsibleName()).isEqualTo(GroupMemberData.FORMER_MEMBER);
		assertThat(kept.responsibleMemberId()).isNull();
		assertThat(kept.createdBy()).isNull();
		assertThat(holder.export(leaving).block()).asString().doesNotContain("Exportgruppe");
	}

	private WorkingGroup aGroup(String title) {
		return WorkingGroupRightsTests.aGroup(this.groups, this.memberships, title);
	}

	private ScheduledMeeting aMeeting(WorkingGroup group) {
		return this.meetings
			.plan(COORDINATOR, group.slug(), WorkingGroupRightsTests.draft(LocalDate.of(2027, 6, 2)), false)
			.blockFirst();
	}

	private GroupAction add(WorkingGroup group, ScheduledMeeting meeting, String text, LocalDate due) {
		return this.actions.add(PERSON, group.slug(), meeting.event().slug(), new NewAction(text, null, null, due))
			.block();
	}

	private List<String> found(String query) {
		return this.search.search(query, GroupSearchSource.KIND, 20)
			.block()
			.hits()
			.stream()
			.map(SearchHit::key)
			.toList();
	}

	private static boolean order(String text, String... parts) {
		int from = -1;
		for (String part : parts) {
			int at = text.indexOf(part, from + 1);
			if (at < 0) {
				return false;
			}
			from = at;
		}
		return true;
	}

	private static MultiValueMap<String, String> form(String... fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			form.add(fields[i], fields[i + 1]);
		}
		return form;
	}

}
