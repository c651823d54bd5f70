package de.impulsnetz.workinggroup;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.Outcome;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.CalendarTokens;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.media.ImageUsage;
import de.impulsnetz.media.TestImages;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.NewMunicipality;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeStatus;
import de.impulsnetz.search.Search;
import de.impulsnetz.search.SearchHit;
import de.impulsnetz.workinggroup.campaign.Campaign;
import de.impulsnetz.workinggroup.campaign.CampaignDraft;
import de.impulsnetz.workinggroup.campaign.CampaignOptIn;
import de.impulsnetz.workinggroup.campaign.CampaignPlan;
import de.impulsnetz.workinggroup.campaign.CampaignToPractice;
import de.impulsnetz.workinggroup.campaign.Campaigns;
import de.impulsnetz.workinggroup.campaign.NewPost;
import de.impulsnetz.workinggroup.campaign.PlannedPost;
import de.impulsnetz.workinggroup.campaign.PostChange;
import de.impulsnetz.workinggroup.campaign.PostStatus;
import de.impulsnetz.workinggroup.membership.Memberships;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static de.impulsnetz.Outcome.row;
import static de.impulsnetz.workinggroup.WorkingGroupRightsTests.api;
import static de.impulsnetz.workinggroup.WorkingGroupRightsTests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Joint campaigns: who may do what (over HTTP), opting in and planning, 50 municipalities
 * opting in and planning at the same moment, the plan as iCalendar, the sums with their
 * chart and the draft Praxisbeispiel.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignTests {

	enum Actor {

		ANONYMOUS, MEMBER_MUNICIPALITY, OTHER_MUNICIPALITY, COORDINATOR, ORGANISER, ADMIN

	}

	private static final AtomicInteger FRESH = new AtomicInteger();

	private static final Member COORDINATOR = WorkingGroupRightsTests.COORDINATOR;

	private static final Member ADMIN = WorkingGroupRightsTests.ADMIN;

	private final PageClient pages;

	@Autowired
	WorkingGroups groups;

	@Autowired
	Memberships memberships;

	@Autowired
	Campaigns campaigns;

	@Autowired
	CampaignToPractice toPractice;

	@Autowired
	MunicipalityDirectory municipalities;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Search search;

	@Autowired
	GroupMemberData memberData;

	@Autowired
	CalendarTokens tokens;

	@Autowired
	List<ImageUsage> imageUsages;

	private ImageUsage campaignImages;

	private WorkingGroup group;

	private Campaign campaign;

	private PlannedPost rheinePost;

	CampaignTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@BeforeAll
	void aGroupWithACampaignAndAPlannedPost() {
		this.campaignImages = this.imageUsages.stream()
			.filter((usage) -> usage.getClass().getSimpleName().startsWith("CampaignImages"))
			.findFirst()
			.orElseThrow();
		this.group = WorkingGroupRightsTests.aGroup(this.groups, this.memberships, "Kampagnen der Rechte");
		this.campaign = this.campaigns
			.create(COORDINATOR, this.group.slug(),
					new CampaignDraft("Ehrenamt sichtbar machen", "Wer hilft mit?", "Mehr **Ehrenamtliche**",
							LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31), List.of("#EhrenamtST", "Kreis_ST"),
							List.of(new Campaign.Material("Porträt", "Stellen Sie eine Person vor.",
									"frei verwendbar")),
							null))
			.block();
		this.rheinePost = this.campaigns
			.plan(rheine(), this.group.slug(), this.campaign.slug(),
					new NewPost(null, Platform.INSTAGRAM, LocalDate.of(2027, 5, 3), 1, "Rheine stellt Anna vor."))
			.block();
	}

	static Stream<Arguments> matrix() {
		Outcome L = Outcome.LOGIN;
		Outcome D = Outcome.DENIED;
		Outcome A = Outcome.ALLOWED;
		// ANONYMOUS, MEMBER_MUNICIPALITY, OTHER_MUNICIPALITY, COORDINATOR, ORGANISER,
		// ADMIN
		// @formatter:off
		return Stream.of(
				row("read campaign page",   A, A, A, A, A, A),
				row("api read campaign",    A, A, A, A, A, A),
				row("api list campaigns",   A, A, A, A, A, A),
				row("open campaign form",   L, D, D, A, D, A),
				row("create campaign",      L, D, D, A, D, A),
				row("api create campaign",  L, D, D, A, D, A),
				row("add material",         L, D, D, A, D, A),
				row("open campaign editor", L, D, D, A, D, A),
				row("edit campaign",        L, D, D, A, D, A),
				row("api read plan",        L, A, D, A, A, A),
				row("read plan calendar",   L, A, D, A, A, A),
				row("opt in",               L, A, D, A, D, D),
				row("plan post",            L, A, D, A, D, D),
				row("api plan post",        L, A, D, A, D, A),
				row("api change post",      L, A, D, A, D, A));
		// @formatter:on
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void everyActorGetsWhatTheRulesSay(String action, List<Outcome> expected) {
		for (Actor actor : Actor.values()) {
			Outcome outcome = WorkingGroupRightsTests.outcome(perform(action, actor));
			assertThat(outcome).as("%s by %s", action, actor).isEqualTo(expected.get(actor.ordinal()));
		}
	}

	@Test
	void thePageShowsThePlanOnlyToThoseWhoMayReadIt() {
		String path = "/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + this.campaign.slug();
		String anonymous = this.pages.get(null, path, HttpStatus.OK);
		assertThat(anonymous).contains("Ehrenamt sichtbar machen", "#EhrenamtST", "Porträt", "frei verwendbar")
			.doesNotContain("beitrag-" + this.rheinePost.id(), "role=\"img\"");
		String member = this.pages.get(rheine(), path, HttpStatus.OK);
		assertThat(member).contains("beitrag-" + this.rheinePost.id(), "role=\"img\"", "<title id=\"chart-title\"",
				"<desc id=\"chart-desc\"");
		assertThat(this.pages.get(null, "/arbeitsgruppen/" + this.group.slug(), HttpStatus.OK))
			.contains("Ehrenamt sichtbar machen");
	}

	@Test
	void optingInTwiceKeepsOneAndPlanningTheSameSlotTwiceIsAConflict() {
		Campaign fresh = freshCampaign(this.group);
		this.campaigns.optIn(rheine(), this.group.slug(), fresh.slug(), null).block();
		this.campaigns.optIn(rheine(), this.group.slug(), fresh.slug(), null).block();
		assertThat(count(CampaignOptIn.class, fresh)).isEqualTo(1);
		NewPost post = new NewPost(null, Platform.FACEBOOK, LocalDate.of(2027, 5, 4), null, "Unser Text");
		this.campaigns.plan(rheine(), this.group.slug(), fresh.slug(), post).block();
		Map<String, Object> conflict = this.pages.api(rheine(), HttpMethod.POST, planPath(fresh),
				Map.of("platform", "FACEBOOK", "date", "2027-05-04", "text", "Noch einmal"), HttpStatus.CONFLICT);
		assertThat(conflict.get("detail")).asString().contains("schon einen Beitrag geplant");
		this.pages.api(rheine(), HttpMethod.POST, planPath(fresh),
				Map.of("platform", "FACEBOOK", "date", "2027-06-04", "text", "Nach der Kampagne"),
				HttpStatus.BAD_REQUEST);
		assertThat(count(PlannedPost.class, fresh)).isEqualTo(1);
	}

	@Test
	void publishingNeedsAnHttpsAddressAndFiguresNeedAPublishedPost() {
		Campaign fresh = freshCampaign(this.group);
		PlannedPost post = this.campaigns
			.plan(rheine(), this.group.slug(), fresh.slug(),
					new NewPost(null, Platform.TIKTOK, LocalDate.of(2027, 5, 9), null, "Kurzvideo"))
			.block();
		String path = planPath(fresh) + "/" + post.id();
		this.pages.api(rheine(), HttpMethod.PUT, path, Map.of("reach", 10), HttpStatus.BAD_REQUEST);
		this.pages.api(rheine(), HttpMethod.PUT, path,
				Map.of("status", "VEROEFFENTLICHT", "url", "http://tiktok.example/1"), HttpStatus.BAD_REQUEST);
		this.pages.api(rheine(), HttpMethod.PUT, path, Map.of("status", "VEROEFFENTLICHT"), HttpStatus.BAD_REQUEST);
		Map<String, Object> published = this.pages.api(
				rheine(), HttpMethod.PUT, path, Map.of("status", "VEROEFFENTLICHT", "url",
						"https://www.tiktok.com/@rheine/video/1", "reach", 1200, "interactions", 80, "newFollowers", 5),
				HttpStatus.OK);
		assertThat(published).containsEntry("status", "VEROEFFENTLICHT")
			.containsEntry("url", "https://www.tiktok.com/@rheine/video/1");
		assertThat(published.get("figures")).isEqualTo(Map.of("reach", 1200, "interactions", 80, "newFollowers", 5));
	}

	/**
	 * 50 municipalities, created here, opt into one campaign at once, each twice, and
	 * plan two posts each, every one submitted twice at the same moment: one opt-in and
	 * two rows per municipality, none lost, none duplicated.
	 */
	@Test
	void fiftyMunicipalitiesOptInAndPlanConcurrently() {
		int run = FRESH.incrementAndGet();
		List<Municipality> towns = Flux.range(1, 50)
			.concatMap((i) -> this.municipalities.register(new NewMunicipality("Lasttest " + run + " Gemeinde " + i,
					MunicipalityKind.GEMEINDE, "Münsterland", "Nordrhein-Westfalen", null, List.of())))
			.collectList()
			.block();
		WorkingGroup big = this.groups
			.create(WorkingGroupRightsTests.FOUNDER,
					new NewGroup("Fünfzig zugleich " + run, "kreis-steinfurt",
							towns.stream().map(Municipality::slug).toList(), "Last"))
			.block();
		Campaign shared = this.campaigns
			.create(WorkingGroupRightsTests.FOUNDER, big.slug(),
					new CampaignDraft("Alle zugleich", "", "", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30),
							List.of("zugleich"), List.of(), null))
			.block();
		List<Mono<?>> submissions = new ArrayList<>();
		for (Municipality town : towns) {
			Member member = new Member("last-" + town.slug(), "m", "Mitglied " + town.name(), null, town.slug(),
					Set.of(Role.MEMBER));
			for (int twice = 0; twice < 2; twice++) {
				submissions.add(this.campaigns.optIn(member, big.slug(), shared.slug(), null));
				for (Platform platform : List.of(Platform.INSTAGRAM, Platform.MASTODON)) {
					submissions
						.add(this.campaigns
							.plan(member, big.slug(), shared.slug(),
									new NewPost(null, platform, LocalDate.of(2027, 9, 10), null,
											"Text von " + town.name()))
							.onErrorResume(GroupDenied.class, (duplicate) -> {
								assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
								return Mono.empty();
							}));
				}
			}
		}
		java.util.Collections.shuffle(submissions, new java.util.Random(run));
		Flux.fromIterable(submissions)
			.flatMap((submission) -> submission.subscribeOn(Schedulers.parallel()), 64)
			.then()
			.block(Duration.ofSeconds(60));
		assertThat(count(CampaignOptIn.class, shared)).isEqualTo(50);
		assertThat(count(PlannedPost.class, shared)).isEqualTo(100);
		CampaignPlan plan = this.campaigns.plan(WorkingGroupRightsTests.FOUNDER, big.slug(), shared.slug()).block();
		assertThat(plan.participation()).hasSize(51)
			.filteredOn(CampaignPlan.Participation::optedIn)
			.hasSize(50)
			.allSatisfy((entry) -> assertThat(entry.planned()).isEqualTo(2));
		assertThat(plan.participation().get(0).municipality().slug()).isEqualTo("kreis-steinfurt");
		assertThat(plan.participation().get(0).behind()).isTrue();
	}

	@Test
	void thePlanAsICalendarPerCampaignAndPerMunicipality() {
		Campaign fresh = freshCampaign(this.group);
		this.campaigns
			.plan(rheine(), this.group.slug(), fresh.slug(),
					new NewPost(null, Platform.INSTAGRAM, LocalDate.of(2027, 5, 12), null, "Rheiner Beitrag"))
			.block();
		this.campaigns
			.plan(ADMIN, this.group.slug(), fresh.slug(),
					new NewPost("kreis-steinfurt", Platform.FACEBOOK, LocalDate.of(2027, 5, 13), null, "Kreisbeitrag"))
			.block();
		String base = "/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug();
		String all = calendar(base + "/plan.ics");
		assertThat(all).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20270512", "DTSTART;VALUE=DATE:20270513",
				"Rheiner Beitrag", "Kreisbeitrag", "#EhrenamtST");
		assertThat(all.split("BEGIN:VEVENT", -1)).hasSize(3);
		String own = calendar(base + "/plan/stadt-rheine.ics");
		assertThat(own).contains("Rheiner Beitrag").doesNotContain("Kreisbeitrag");
		assertThat(own.split("BEGIN:VEVENT", -1)).hasSize(2);
		this.pages.anonymous()
			.mutateWith(de.impulsnetz.SignedIn.as(other()))
			.get()
			.uri(base + "/plan.ics")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void figuresAreSummedPerMunicipalityAndAltogether() {
		Campaign fresh = freshCampaign(this.group);
		publish(fresh, rheine(), "stadt-rheine", Platform.INSTAGRAM, 5, new PlannedPost.Figures(1000, 50, 3));
		publish(fresh, rheine(), "stadt-rheine", Platform.FACEBOOK, 6, new PlannedPost.Figures(500, 20, 1));
		publish(fresh, ADMIN, "kreis-steinfurt", Platform.INSTAGRAM, 7, new PlannedPost.Figures(2500, 100, 10));
		this.campaigns
			.plan(rheine(), this.group.slug(), fresh.slug(),
					new NewPost(null, Platform.TIKTOK, LocalDate.of(2027, 5, 8), null, "Noch nicht gezählt"))
			.block();
		CampaignPlan plan = this.campaigns.plan(COORDINATOR, this.group.slug(), fresh.slug()).block();
		assertThat(plan.total()).isEqualTo(new PlannedPost.Figures(4000, 170, 14));
		assertThat(plan.participation())
			.extracting((entry) -> entry.municipality().slug(), (entry) -> entry.figures(),
					CampaignPlan.Participation::published, CampaignPlan.Participation::planned)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("kreis-steinfurt", new PlannedPost.Figures(2500, 100, 10), 1,
							1),
					org.assertj.core.groups.Tuple.tuple("stadt-rheine", new PlannedPost.Figures(1500, 70, 4), 2, 3));
		String page = this.pages.get(COORDINATOR, "/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug(),
				HttpStatus.OK);
		assertThat(page).contains("4.000", "Stadt Rheine: 1.500", "noch nicht alles veröffentlicht");
		Map<String, Object> state = this.pages.api(rheine(), HttpMethod.GET,
				"/api/v1/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug() + "/stand", null,
				HttpStatus.OK);
		assertThat(state.get("total")).isEqualTo(Map.of("reach", 4000, "interactions", 170, "newFollowers", 14));
	}

	@Test
	void aCoordinatorTurnsTheCampaignIntoADraftPraxisbeispielOnce() {
		Campaign fresh = freshCampaign(this.group);
		publish(fresh, rheine(), "stadt-rheine", Platform.INSTAGRAM, 5, new PlannedPost.Figures(1234, 56, 7));
		Practice practice = this.toPractice.draft(COORDINATOR, this.group.slug(), fresh.slug()).block();
		assertThat(practice.status()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(practice.content().municipalities()).containsExactly("kreis-steinfurt", "stadt-rheine");
		assertThat(practice.content().channels()).containsExactly(Platform.INSTAGRAM);
		assertThat(practice.content().body()).contains("## Umsetzung", "| Stadt Rheine | 1 | 1 | 1.234 | 56 | 7 |");
		assertThat(practice.content().results()).extracting((figure) -> figure.value()).contains("1.234");
		assertThat(this.campaigns.bySlug(this.group.slug(), fresh.slug()).block().practice())
			.isEqualTo(practice.slug());
		this.pages.post(COORDINATOR,
				"/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug() + "/praxisbeispiel",
				new LinkedMultiValueMap<>(), HttpStatus.CONFLICT);
		this.pages.post(rheine(),
				"/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug() + "/praxisbeispiel",
				new LinkedMultiValueMap<>(), HttpStatus.FORBIDDEN);
	}

	@Test
	void theSharedMaterialIsFoundButNotThePlan() {
		Campaign fresh = this.campaigns
			.create(COORDINATOR, this.group.slug(),
					new CampaignDraft("Gemeinsam Wegweiser " + FRESH.incrementAndGet(), "", "",
							LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31), List.of(),
							List.of(new Campaign.Material("Idee", "Zeigen Sie Ihre Leuchtfeuerwege.", "frei")), null))
			.block();
		this.campaigns
			.plan(rheine(), this.group.slug(), fresh.slug(),
					new NewPost(null, Platform.INSTAGRAM, LocalDate.of(2027, 5, 5), null, "Unsere Nebelbojen"))
			.block();
		await().atMost(Duration.ofSeconds(5)).until(() -> found("Leuchtfeuerwege").contains(fresh.slug()));
		assertThat(found("Nebelbojen")).isEmpty();
	}

	@Test
	void twoEditsFromOneVersionOnThePage() {
		Campaign fresh = freshCampaign(this.group);
		this.campaigns
			.addMaterial(COORDINATOR, this.group.slug(), fresh.slug(), new Campaign.Material("Bleibt", "Text", "frei"),
					fresh.version())
			.block();
		long version = this.campaigns.bySlug(this.group.slug(), fresh.slug()).block().version();
		String path = "/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug() + "/bearbeiten";
		LinkedMultiValueMap<String, String> first = new LinkedMultiValueMap<>();
		first.setAll(Map.of("title", "Erste Fassung", "goal", "Ziel eins", "start", "2027-05-01", "end", "2027-05-31",
				"version", String.valueOf(version)));
		this.pages.redirect(COORDINATOR, path, first);
		LinkedMultiValueMap<String, String> second = new LinkedMultiValueMap<>(first);
		second.set("goal", "Ziel zwei");
		String conflict = this.pages.post(ADMIN, path, second, HttpStatus.CONFLICT);
		assertThat(conflict).contains("Inzwischen hat jemand anderes gespeichert", "Ziel zwei",
				"name=\"version\" value=\"" + (version + 1) + "\"");
		Campaign saved = this.campaigns.bySlug(this.group.slug(), fresh.slug()).block();
		assertThat(saved.goal()).isEqualTo("Ziel eins");
		assertThat(saved.material()).extracting(Campaign.Material::title).containsExactly("Bleibt");
	}

	@Test
	void editsAreCheckedAgainstTheVersionTheyStartedFrom() {
		Campaign fresh = freshCampaign(this.group);
		long version = fresh.version();
		this.campaigns
			.addMaterial(COORDINATOR, this.group.slug(), fresh.slug(), new Campaign.Material("Eins", "Text", "frei"),
					version)
			.block();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.campaigns
						.addMaterial(ADMIN, this.group.slug(), fresh.slug(),
								new Campaign.Material("Zwei", "Text", "frei"), version)
						.block())
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.campaigns
						.addMaterial(COORDINATOR, this.group.slug(), fresh.slug(),
								new Campaign.Material("Bild", "![](https://fremd.example/a.png)", "frei"), version + 1)
						.block())
			.isInstanceOf(GroupDenied.class)
			.hasMessageContaining("workinggroup.campaign.invalid.images");
		assertThat(this.campaigns.bySlug(this.group.slug(), fresh.slug()).block().material())
			.extracting(Campaign.Material::title)
			.containsExactly("Eins");
	}

	@Test
	void theSteinfurtGroupsFirstCampaignComesFromContentWithItsPlan() {
		String slug = "social-media-kreis-steinfurt";
		Campaign imported = this.campaigns.bySlug(slug, "naeher-dran-kreis-steinfurt").block();
		assertThat(imported.kickoff()).isEqualTo("ag-treffen-social-media-steinfurt-maerz-2027");
		assertThat(imported.hashtags()).containsExactly("NäherDranST", "KreisSteinfurt");
		assertThat(imported.material()).hasSize(2);
		CampaignPlan plan = this.campaigns.plan(ADMIN, slug, imported.slug()).block();
		assertThat(plan.posts()).hasSize(5).allMatch((post) -> post.status() == PostStatus.GEPLANT);
		assertThat(plan.participation()).extracting((entry) -> entry.municipality().slug())
			.containsExactly("kreis-steinfurt", "stadt-rheine", "stadt-ibbenbueren", "stadt-greven");
		assertThat(plan.participation()).allMatch(CampaignPlan.Participation::optedIn);
		assertThat(this.pages.get(null, "/arbeitsgruppen/" + slug + "/kampagnen/" + imported.slug(), HttpStatus.OK))
			.contains("Näher dran", "Wir stellen uns vor", "Auftakt");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theExportNamesPlannedPostsAndErasureKeepsThemWithoutThePlanner() {
		Member planner = new Member("kampagne-weg-" + FRESH.incrementAndGet(), "wera", "Wera Weg", null, "stadt-rheine",
				Set.of(Role.MEMBER));
		Campaign fresh = freshCampaign(this.group);
		PlannedPost post = this.campaigns
			.plan(planner, this.group.slug(), fresh.slug(),
					new NewPost(null, Platform.MASTODON, LocalDate.of(2027, 5, 20), null, "Tröt aus Rheine"))
			.block();
		Map<String, Object> data = (Map<String, Object>) this.memberData.export(planner).block();
		assertThat((List<String>) data.get("geplanteKampagnenbeitraege")).singleElement()
			.asString()
			.contains("Tröt aus Rheine");
		this.memberData.erase(planner).block();
		PlannedPost kept = this.mongo.findById(post.id(), PlannedPost.class).block();
		assertThat(kept.text()).isEqualTo("Tröt aus Rheine");
		assertThat(kept.createdBy()).isNull();
		assertThat(
				this.mongo.count(Query.query(Criteria.where("memberId").is(planner.id())), CampaignOptIn.class).block())
			.isZero();
	}

	@Test
	void aCoordinatorAddsMaterialWithAnImageServedWithoutItsCameraDataAndShownWithItsAltText() {
		Campaign fresh = freshCampaign(this.group);
		String page = "/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug();
		assertThat(this.pages.get(COORDINATOR, page, HttpStatus.OK)).contains("enctype=\"multipart/form-data\"",
				"name=\"bild\"", "name=\"bildAlt\"");
		postMaterial(COORDINATOR, fresh, "foto.jpg", TestImages.jpegWithExif(64, 48),
				"Drei Fahrräder vor dem Kreishaus")
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueMatches("Location", Pattern.quote(page) + "\\?gespeichert.*");
		Campaign.Material item = this.campaigns.bySlug(this.group.slug(), fresh.slug()).block().material().get(0);
		assertThat(item.title()).isEqualTo("Radwoche");
		assertThat(item.image().alt()).isEqualTo("Drei Fahrräder vor dem Kreishaus");
		assertThat(item.image().path()).matches("/medien/[A-Za-z0-9_-]{22}\\.jpg");
		assertThat(this.pages.get(null, page, HttpStatus.OK))
			.contains("<img class=\"campaign-material__image\" src=\"" + item.image().path()
					+ "\" alt=\"Drei Fahrräder vor dem Kreishaus\"")
			.contains("Nur mit eigenem Text");
		byte[] served = this.pages.anonymous()
			.get()
			.uri(item.image().path())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Cache-Control", ".*max-age=31536000.*immutable.*")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(TestImages.contains(served, TestImages.GPS_NOTE)).isFalse();
		assertThat(this.campaignImages.referencedImages().collectList().block())
			.contains(item.image().path().substring("/medien/".length()));
		Map<String, Object> api = this.pages.api(null, HttpMethod.GET,
				"/api/v1/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug(), null, HttpStatus.OK);
		assertThat(api.get("material")).asString().contains(item.image().path());
	}

	@Test
	void aRefusedImageIsExplainedInGermanAndTheTypedTextsStay() {
		Campaign fresh = freshCampaign(this.group);
		String refused = postMaterial(COORDINATOR, fresh, "bild.png", "<svg><script>alert(1)</script></svg>".getBytes(),
				"Ein Rad")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("id=\"material-fehler\"", "Diese Datei ist kein PNG-, JPEG-, GIF- oder WebP-Bild.",
				"value=\"Radwoche\"", ">Fahren Sie mit: **jeden Tag**.</textarea>", "value=\"Nur mit eigenem Text\"",
				"value=\"Ein Rad\"");
		assertThat(this.campaigns.bySlug(this.group.slug(), fresh.slug()).block().material()).isEmpty();

		// Only coordinators add material: nobody else's upload is stored.
		long before = uploadsBy(rheine());
		postMaterial(rheine(), fresh, "foto.png", TestImages.png(40, 30), "Ein Rad").expectStatus().isForbidden();
		assertThat(uploadsBy(rheine())).isEqualTo(before);
		assertThat(this.campaigns.bySlug(this.group.slug(), fresh.slug()).block().material()).isEmpty();
	}

	/**
	 * The plan holds each town's own text before it is published, so it is not public:
	 * the member's personal address stands in for the login in a calendar app, with the
	 * same rule as the page, and a new address ends the old one.
	 */
	@Test
	void thePlanIsSubscribedAtAPersonalAddressWithoutLogin() {
		Campaign fresh = freshCampaign(this.group);
		this.campaigns
			.plan(rheine(), this.group.slug(), fresh.slug(),
					new NewPost(null, Platform.INSTAGRAM, LocalDate.of(2027, 5, 14), null, "Abonnierter Beitrag"))
			.block();
		String page = "/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + fresh.slug();
		String shown = this.pages.get(rheine(), page, HttpStatus.OK);
		Matcher address = Pattern.compile("href=\"(/kalender/[A-Za-z0-9_-]{32}" + Pattern.quote(page) + "\\.ics)\"")
			.matcher(shown);
		assertThat(address.find()).isTrue();
		String all = address.group(1);
		assertThat(shown).contains("href=\"" + all.replace(".ics", "/stadt-rheine.ics") + "\"");
		assertThat(this.pages.get(null, page, HttpStatus.OK)).doesNotContain("/kalender/");

		String ics = this.pages.anonymous()
			.get()
			.uri(all)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/calendar")
			.expectHeader()
			.valueMatches("Cache-Control", ".*private.*")
			.expectHeader()
			.valueMatches("ETag", "W/\"[A-Za-z0-9_-]{22}\"")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(ics).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20270514", "Abonnierter Beitrag");
		this.pages.anonymous().get().uri(all.replace(".ics", "/stadt-rheine.ics")).exchange().expectStatus().isOk();

		// Someone who may not read the plan gets nothing at their own address.
		String outsider = this.tokens.of(other()).block().token();
		this.pages.anonymous()
			.get()
			.uri(all.replaceFirst("/kalender/[^/]+/", "/kalender/" + outsider + "/"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.pages.anonymous()
			.get()
			.uri(all.replaceFirst("/kalender/[^/]+/", "/kalender/" + "x".repeat(32) + "/"))
			.exchange()
			.expectStatus()
			.isNotFound();

		this.pages.redirect(rheine(), page + "/kalender/neue-adresse", new LinkedMultiValueMap<>());
		this.pages.anonymous().get().uri(all).exchange().expectStatus().isNotFound();
		assertThat(this.pages.get(rheine(), page + "?neue-adresse", HttpStatus.OK))
			.contains("Die neue Kalenderadresse gilt ab jetzt")
			.doesNotContain(all);
	}

	private List<String> found(String query) {
		return this.search.search(query, "kampagne", 20).block().hits().stream().map(SearchHit::key).toList();
	}

	/**
	 * The campaign page's material form with an image, sent as the member.
	 */
	private WebTestClient.ResponseSpec postMaterial(Member member, Campaign campaign, String filename, byte[] bytes,
			String alt) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("title", "Radwoche");
		form.part("text", "Fahren Sie mit: **jeden Tag**.");
		form.part("usage", "Nur mit eigenem Text");
		form.part("version", String.valueOf(campaign.version()));
		form.part("bildAlt", alt);
		form.part("bild", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return this.pages.as(member)
			.post()
			.uri("/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + campaign.slug() + "/material")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange();
	}

	private long uploadsBy(Member member) {
		return this.mongo.count(Query.query(Criteria.where("metadata.uploader").is(member.id())), "fs.files").block();
	}

	private void publish(Campaign campaign, Member member, String town, Platform platform, int day,
			PlannedPost.Figures figures) {
		PlannedPost post = this.campaigns
			.plan(member, this.group.slug(), campaign.slug(),
					new NewPost(town, platform, LocalDate.of(2027, 5, day), null, "Beitrag " + day))
			.block();
		this.campaigns
			.change(member, this.group.slug(), campaign.slug(), post.id(),
					new PostChange(PostStatus.VEROEFFENTLICHT, "https://social.example/" + post.id(), null, figures))
			.block();
	}

	private String calendar(String path) {
		return this.pages.as(rheine())
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/calendar")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private Campaign freshCampaign(WorkingGroup group) {
		return this.campaigns
			.create(COORDINATOR, group.slug(),
					new CampaignDraft("Frische Kampagne " + FRESH.incrementAndGet(), "", "", LocalDate.of(2027, 5, 1),
							LocalDate.of(2027, 5, 31), List.of("#EhrenamtST"), List.of(), null))
			.block();
	}

	private long count(Class<?> type, Campaign campaign) {
		return this.mongo.count(Query.query(Criteria.where("campaign").is(campaign.id())), type).block();
	}

	private String planPath(Campaign campaign) {
		return "/api/v1/arbeitsgruppen/" + this.group.slug() + "/kampagnen/" + campaign.slug() + "/plan";
	}

	private EntityExchangeResult<byte[]> perform(String action, Actor actor) {
		String slug = this.group.slug();
		String page = "/arbeitsgruppen/" + slug + "/kampagnen/" + this.campaign.slug();
		String api = "/api/v1/arbeitsgruppen/" + slug + "/kampagnen";
		Member member = member(actor);
		WebTestClient client = (member != null) ? this.pages.as(member)
				: this.pages.anonymous().mutateWith(SecurityMockServerConfigurers.csrf());
		WebTestClient bearer = (member != null)
				? this.pages.anonymous().mutateWith(de.impulsnetz.SignedIn.bearer(member)) : this.pages.anonymous();
		int n = FRESH.incrementAndGet();
		LocalDate day = LocalDate.of(2027, 5, 1).plusDays(n % 31);
		Platform platform = Platform.values()[(n / 31) % Platform.values().length];
		return switch (action) {
			case "read campaign page" -> get(client, page);
			case "api read campaign" -> api(bearer, HttpMethod.GET, api + "/" + this.campaign.slug(), null);
			case "api list campaigns" -> api(bearer, HttpMethod.GET, api, null);
			case "open campaign form" -> get(client, "/arbeitsgruppen/" + slug + "/kampagnen/neu");
			case "create campaign" -> post(client, "/arbeitsgruppen/" + slug + "/kampagnen", "title", "Kampagne " + n,
					"start", "2027-06-01", "end", "2027-06-30", "hashtags", "#eins zwei");
			case "api create campaign" -> api(bearer, HttpMethod.POST, api, Map.of("title", "API-Kampagne " + n,
					"start", "2027-06-01", "end", "2027-06-30", "hashtags", List.of("#eins")));
			case "add material" ->
				post(client, page + "/material", "title", "Material " + n, "text", "Text", "usage", "frei", "version",
						String.valueOf(this.campaigns.bySlug(slug, this.campaign.slug()).block().version()));
			case "open campaign editor" -> get(client, page + "/bearbeiten");
			case "edit campaign" -> post(client, page + "/bearbeiten", "title", this.campaign.title(), "theme",
					"Thema von " + actor, "start", "2027-05-01", "end", "2027-05-31", "hashtags", "EhrenamtST",
					"version", String.valueOf(this.campaigns.bySlug(slug, this.campaign.slug()).block().version()));
			case "api read plan" -> api(bearer, HttpMethod.GET, api + "/" + this.campaign.slug() + "/plan", null);
			case "read plan calendar" -> get(client, page + "/plan.ics");
			case "opt in" -> post(client, page + "/teilnehmen");
			case "plan post" -> post(client, page + "/plan", "datum", day.toString(), "kanal", platform.name(), "text",
					"Eigener Text " + n);
			case "api plan post" ->
				api(bearer, HttpMethod.POST, api + "/" + this.campaign.slug() + "/plan", Map.of("municipality",
						"stadt-rheine", "platform", platform.name(), "date", day.toString(), "text", "API-Text " + n));
			case "api change post" ->
				api(bearer, HttpMethod.PUT, api + "/" + this.campaign.slug() + "/plan/" + this.rheinePost.id(),
						Map.of("text", "Geändert von " + actor));
			default -> throw new IllegalArgumentException(action);
		};
	}

	private static EntityExchangeResult<byte[]> post(WebTestClient client, String path, String... fields) {
		var form = BodyInserters.fromFormData("_", "");
		for (int i = 0; i + 1 < fields.length; i += 2) {
			form = form.with(fields[i], fields[i + 1]);
		}
		return client.post().uri(path).accept(MediaType.TEXT_HTML).body(form).exchange().expectBody().returnResult();
	}

	private static Member rheine() {
		return new Member("kampagne-rheine", "rike", "Rike Rheine", null, "stadt-rheine", Set.of(Role.MEMBER));
	}

	private static Member other() {
		return new Member("kampagne-altena", "anna", "Anna Altena", null, "stadt-altena", Set.of(Role.MEMBER));
	}

	private static Member member(Actor actor) {
		return switch (actor) {
			case ANONYMOUS -> null;
			case MEMBER_MUNICIPALITY -> rheine();
			case OTHER_MUNICIPALITY -> other();
			case COORDINATOR -> COORDINATOR;
			case ORGANISER -> Members.ORGANISER;
			case ADMIN -> ADMIN;
		};
	}

}
