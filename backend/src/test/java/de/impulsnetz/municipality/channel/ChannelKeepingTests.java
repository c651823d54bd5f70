package de.impulsnetz.municipality.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.identity.Role;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.NewMunicipality;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members keep their municipality's channels on its page and through the API: only its
 * own members and admins, never over a newer state (409, with what was typed kept), every
 * change in the history with who and when, team and contact never shown to anonymous
 * readers.
 */
@IntegrationTest
class ChannelKeepingTests {

	private final PageClient pages;

	private final ChannelKeeping keeping;

	private final String slug;

	@Autowired
	List<MemberDataHolder> holders;

	private final Member member;

	ChannelKeepingTests(@Autowired ApplicationContext context, @Autowired MunicipalityDirectory directory,
			@Autowired ChannelKeeping keeping) {
		this.pages = new PageClient(context);
		this.keeping = keeping;
		this.slug = directory
			.register(new NewMunicipality("Stadt Kanalhausen " + UUID.randomUUID().toString().substring(0, 8),
					MunicipalityKind.STADT, "Münsterland", "Nordrhein-Westfalen", null, List.of()))
			.block()
			.slug();
		this.member = new Member("m-" + this.slug, "xenia", "Xenia Kanal", null, this.slug, Set.of(Role.MEMBER));
	}

	@Test
	void onlyMembersOfTheMunicipalityAndAdminsOpenAndSaveTheForm() {
		String form = "/kommunen/" + this.slug + "/kanaele/bearbeiten";
		String toLogin = this.pages.anonymous()
			.get()
			.uri(form)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
		assertThat(toLogin).isEqualTo("/anmelden");
		assertThat(this.pages.get(this.member, form, HttpStatus.OK)).contains("Kanäle von Stadt Kanalhausen")
			.contains("name=\"channels[0].url\"")
			.contains("name=\"_csrf\"");
		assertThat(this.pages.get(Members.ADMIN, form, HttpStatus.OK)).contains("name=\"channels[0].url\"");
		this.pages.get(Members.ALTENA, form, HttpStatus.FORBIDDEN);
		this.pages.post(Members.ALTENA, form, row(0, "INSTAGRAM", "https://www.instagram.com/fremd/"),
				HttpStatus.FORBIDDEN);
		assertThat(this.keeping.forReader(this.slug, null).block().version()).isZero();

		assertThat(this.pages.redirect(this.member, form, row(0, "INSTAGRAM", "https://www.instagram.com/eigen/")))
			.isEqualTo("/kommunen/" + this.slug + "?kanaele-gespeichert#meldung");
		MultiValueMap<String, String> byAdmin = row(1, "FACEBOOK", "https://www.facebook.com/eigen/");
		byAdmin.add("channels[0].platform", "INSTAGRAM");
		byAdmin.add("channels[0].url", "https://www.instagram.com/eigen/");
		byAdmin.add("channels[0].status", "AKTIV");
		byAdmin.set("version", "1");
		assertThat(this.pages.redirect(Members.ADMIN, form, byAdmin)).startsWith("/kommunen/" + this.slug);

		KeptChannels kept = this.keeping.forReader(this.slug, null).block();
		assertThat(kept.version()).isEqualTo(2);
		assertThat(kept.channels()).extracting(Channel::url)
			.containsExactly("https://www.instagram.com/eigen/", "https://www.facebook.com/eigen/");
		assertThat(this.pages.get(null, "/kommunen/" + this.slug + "?kanaele-gespeichert", HttpStatus.OK))
			.contains("Die Kanäle sind gespeichert.");
	}

	@Test
	void theApiLetsOnlyMembersOfTheMunicipalityAndAdminsSave() {
		String api = "/api/v1/kommunen/" + this.slug + "/kanaele";
		Map<String, Object> instagram = Map.of("version", 0, "channels", List.of(Map.of("platform", "INSTAGRAM", "url",
				"https://www.instagram.com/kanalhausen/", "handle", "@kanalhausen", "status", "AKTIV")));
		this.pages.api(null, HttpMethod.PUT, api, instagram, HttpStatus.UNAUTHORIZED);
		Map<String, Object> refused = this.pages.api(Members.ALTENA, HttpMethod.PUT, api, instagram,
				HttpStatus.FORBIDDEN);
		assertThat(refused.get("detail")).asString().contains("nur ihre eigenen Mitglieder");

		Map<String, Object> saved = this.pages.api(this.member, HttpMethod.PUT, api, instagram, HttpStatus.OK);
		assertThat(saved).containsEntry("version", 1).containsEntry("municipality", this.slug);
		Map<String, Object> byAdmin = this.pages.api(Members.ADMIN, HttpMethod.PUT, api,
				Map.of("version", 1, "channels", List.of()), HttpStatus.OK);
		assertThat(byAdmin).containsEntry("version", 2).containsEntry("channels", List.of());

		Map<String, Object> unknown = this.pages.api(null, HttpMethod.GET, "/api/v1/kommunen/gibt-es-nicht/kanaele",
				null, HttpStatus.NOT_FOUND);
		assertThat(unknown.get("detail")).isEqualTo("Diese Kommune gibt es nicht.");
		this.pages.anonymous()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/kommunen/{slug}/kanaele'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/kommunen/{slug}/kanaele'].put.summary")
			.value((summary) -> assertThat(summary).asString().contains("409"));
		this.pages.anonymous()
			.get()
			.uri("/api/v1/kommunen?groesse=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.slug == 'stadt-rheine')].partOf")
			.isEqualTo("kreis-steinfurt");
	}

	@Test
	void theApiRefusesAStaleVersionAndInvalidChannelsWithGermanProblems() {
		String api = "/api/v1/kommunen/" + this.slug + "/kanaele";
		this.pages.api(this.member, HttpMethod.PUT, api,
				Map.of("version", 0, "channels", List
					.of(Map.of("platform", "TIKTOK", "url", "https://www.tiktok.com/@kanalhausen", "status", "AKTIV"))),
				HttpStatus.OK);

		Map<String, Object> stale = this.pages.api(Members.ADMIN, HttpMethod.PUT, api,
				Map.of("version", 0, "channels", List.of()), HttpStatus.CONFLICT);
		assertThat(stale).containsEntry("currentVersion", 1).containsEntry("title", "Konflikt");
		assertThat(stale.get("detail")).asString().contains("inzwischen geändert");

		Map<String, Object> invalid = this.pages.api(this.member, HttpMethod.PUT, api,
				Map.of("version", 1, "channels", List.of(Map.of("platform", "TIKTOK", "url",
						"http://www.tiktok.com/@kanalhausen", "status", "AKTIV", "since", "März"))),
				HttpStatus.BAD_REQUEST);
		assertThat(invalid.get("errors")).asList()
			.contains(Map.of("field", "channels[0].url", "message",
					"Bitte geben Sie die vollständige Adresse mit https:// an."))
			.contains(
					Map.of("field", "channels[0].since", "message", "Bitte geben Sie Monat und Jahr so an: 2026-03."));
		assertThat(this.keeping.forReader(this.slug, null).block().channels()).extracting(Channel::url)
			.containsExactly("https://www.tiktok.com/@kanalhausen");
	}

	@Test
	void aStaleSaveOnThePageIsRefusedWithTheInputKept() {
		String form = "/kommunen/" + this.slug + "/kanaele/bearbeiten";
		this.pages.redirect(this.member, form, row(0, "INSTAGRAM", "https://www.instagram.com/kanalhausen/"));

		MultiValueMap<String, String> late = row(0, "INSTAGRAM", "https://www.instagram.com/kanalhausen/");
		late.set("version", "0");
		late.add("channels[0].rhythm", "Täglich um acht");
		String refused = this.pages.post(Members.ADMIN, form, late, HttpStatus.CONFLICT);
		assertThat(refused).contains("Xenia Kanal hat die Kanäle gespeichert")
			.contains("value=\"Täglich um acht\"")
			.contains("name=\"version\" value=\"1\"");

		late.set("version", "1");
		this.pages.redirect(Members.ADMIN, form, late);
		assertThat(this.keeping.forReader(this.slug, null).block().channels()).singleElement()
			.extracting(Channel::rhythm)
			.isEqualTo("Täglich um acht");
	}

	@Test
	void anInvalidChannelOnThePageShowsTheErrorSummaryAndKeepsTheInput() {
		String form = "/kommunen/" + this.slug + "/kanaele/bearbeiten";
		MultiValueMap<String, String> invalid = row(0, "", "http://www.instagram.com/kanalhausen/");
		invalid.add("channels[0].handle", "@kanalhausen");

		String page = this.pages.post(this.member, form, invalid, HttpStatus.BAD_REQUEST);

		assertThat(page).contains("id=\"fehler-uebersicht\"")
			.contains("href=\"#channels[0].url\"")
			.contains("Bitte wählen Sie die Plattform.")
			.contains("value=\"http://www.instagram.com/kanalhausen/\"")
			.contains("value=\"@kanalhausen\"");
		assertThat(this.keeping.forReader(this.slug, null).block().version()).isZero();
	}

	@Test
	void theHistoryTellsWhoChangedWhatAndWhenAndNamesPeopleOnlyToMembers() {
		Instant before = Instant.now();
		ChannelEditor xenia = new ChannelEditor(this.member.id(), this.member.name(), this.slug, false);
		Channel tiktok = new Channel(de.impulsnetz.municipality.Platform.TIKTOK, "https://www.tiktok.com/@kanalhausen",
				"@kanalhausen", ChannelStatus.AKTIV, "2026-03", "3 Beiträge pro Woche", "Junge Menschen",
				List.of("Ausbildung"), "Team Presse", "presse@kanalhausen.example");
		this.keeping.save(this.slug, xenia, List.of(tiktok), 0).block();
		this.keeping
			.save(this.slug, xenia, List.of(new Channel(tiktok.platform(), tiktok.url(), tiktok.handle(),
					ChannelStatus.PAUSIERT, tiktok.since(), null, null, List.of(), null, null)), 1)
			.block();

		List<ChannelChange> history = this.keeping.history(this.slug).collectList().block();
		assertThat(history).extracting(ChannelChange::revision).containsExactly(2, 1);
		assertThat(history).allSatisfy((change) -> {
			assertThat(change.by()).isEqualTo(this.member.id());
			assertThat(change.byName()).isEqualTo("Xenia Kanal");
			assertThat(change.at()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
		});
		assertThat(history.get(1).entries()).singleElement()
			.satisfies((entry) -> assertThat(entry.kind()).isEqualTo(ChannelChange.Kind.ADDED));
		assertThat(history.get(0).entries()).singleElement().satisfies((entry) -> {
			assertThat(entry.kind()).isEqualTo(ChannelChange.Kind.STATUS);
			assertThat(entry.previousStatus()).isEqualTo(ChannelStatus.AKTIV);
		});

		String anonymous = this.pages.get(null, "/kommunen/" + this.slug, HttpStatus.OK);
		assertThat(anonymous).contains("TikTok (@kanalhausen) hinzugefügt: aktiv seit März 2026")
			.contains("TikTok (@kanalhausen): pausiert seit März 2026 (vorher aktiv)")
			.doesNotContain("Xenia Kanal");
		assertThat(this.pages.get(Members.ALTENA, "/kommunen/" + this.slug, HttpStatus.OK))
			.contains("(von Xenia Kanal)");
	}

	@Test
	void theMembersChangesAreExportedAndOnErasureKeptWithoutTheirName() {
		ChannelEditor xenia = new ChannelEditor(this.member.id(), this.member.name(), this.slug, false);
		this.keeping
			.save(this.slug, xenia,
					List.of(new Channel(de.impulsnetz.municipality.Platform.MASTODON,
							"https://social.example/@kanalhausen", null, ChannelStatus.AKTIV, null, null, null,
							List.of(), null, null)),
					0)
			.block();
		MemberDataHolder holder = this.holders.stream()
			.filter((candidate) -> candidate.key().equals("kanalAenderungen"))
			.findFirst()
			.orElseThrow();

		assertThat(holder.export(this.member).block()).asString().contains(this.slug);
		holder.erase(this.member).block();

		assertThat(this.keeping.history(this.slug).collectList().block()).singleElement().satisfies((change) -> {
			assertThat(change.by()).isNull();
			assertThat(change.byName()).isEqualTo(ChannelKeeping.FORMER_MEMBER);
			assertThat(change.fromContentFiles()).isFalse();
		});
		assertThat(holder.export(this.member).block()).asString().doesNotContain(this.slug);
	}

	@Test
	void teamAndContactAreForLoggedInMembersOnly() {
		ChannelEditor admin = new ChannelEditor("m-admin", "Ada Admin", "kreis-steinfurt", true);
		this.keeping
			.save(this.slug, admin,
					List.of(new Channel(de.impulsnetz.municipality.Platform.INSTAGRAM,
							"https://www.instagram.com/kanalhausen/", null, ChannelStatus.AKTIV, null, "Täglich",
							"Familien", List.of(), "Team Öffentlichkeitsarbeit", "social@kanalhausen.example")),
					0)
			.block();
		String api = "/api/v1/kommunen/" + this.slug + "/kanaele";

		Map<String, Object> anonymous = this.pages.api(null, HttpMethod.GET, api, null, HttpStatus.OK);
		assertThat(anonymous.get("channels")).asList()
			.singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("rhythm", "Täglich")
			.doesNotContainKeys("team", "contact");
		Map<String, Object> member = this.pages.api(Members.ALTENA, HttpMethod.GET, api, null, HttpStatus.OK);
		assertThat(member.get("channels")).asList()
			.singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("team", "Team Öffentlichkeitsarbeit")
			.containsEntry("contact", "social@kanalhausen.example");

		assertThat(this.pages.get(null, "/kommunen/" + this.slug, HttpStatus.OK)).contains("Familien")
			.doesNotContain("Team Öffentlichkeitsarbeit")
			.doesNotContain("social@kanalhausen.example");
		assertThat(this.pages.get(Members.ALTENA, "/kommunen/" + this.slug, HttpStatus.OK))
			.contains("Team Öffentlichkeitsarbeit")
			.contains("social@kanalhausen.example");
		assertThat(ChannelOverviewTests.csv(this.pages, "/kommunen/kanaele.csv")).contains("Kanalhausen")
			.doesNotContain("Team Öffentlichkeitsarbeit")
			.doesNotContain("social@kanalhausen.example");
	}

	private static MultiValueMap<String, String> row(int index, String platform, String url) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		form.add("channels[" + index + "].platform", platform);
		form.add("channels[" + index + "].url", url);
		form.add("channels[" + index + "].status", "AKTIV");
		return form;
	}

}
