package de.impulsnetz.practice;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /praxis with facets: filtering by query parameters, counts per value given the other
 * facets, order; the page, the API and the feeds filter alike.
 */
@IntegrationTest
class PracticeListTests {

	private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

	@Autowired
	PracticeRepository practices;

	private final PageClient pages;

	private final WebTestClient client;

	PracticeListTests(@Autowired ApplicationContext context, @Autowired WebTestClient client) {
		this.pages = new PageClient(context);
		this.client = client;
	}

	@Test
	void aFacetNarrowsTheListAndTheOtherFacetsCountWithinIt() {
		String page = page("/praxis?kanal=YOUTUBE");
		assertThat(page).contains("Stellenanzeigen als humorvolle Videos")
			.doesNotContain("Kommentare schnell und freundlich beantworten");
		// The channel facet still offers the other channels,
		// counted without the channel filter.
		assertThat(page).containsPattern("<option value=\"YOUTUBE\" selected=\"selected\">YouTube \\(\\d+\\)</option>");
		assertThat(page).containsPattern("<option value=\"INSTAGRAM\">Instagram \\(\\d+\\)</option>");
		assertThat(page).contains("Alle Filter entfernen");
	}

	@Test
	void regionAndInstitutionKindFilterByTheAuthoringMunicipality() {
		String page = page("/praxis?art=JOBCENTER");
		assertThat(page).contains("Ein Praxisbeispiel").contains("Jobcenter");
		assertThat(page("/praxis?region=Südwestfalen")).contains("Storytelling für das Stadtmarketing")
			.doesNotContain("Stellenanzeigen als humorvolle Videos");
		assertThat(page("/praxis?region=Südwestfalen&art=JOBCENTER")).contains("Keine Praxisbeispiele");
	}

	@Test
	void aLongListComesInPagesWhoseLinksKeepTheFilters() {
		String topic = "Seitenthema" + UUID.randomUUID().toString().substring(0, 8);
		Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
		for (int i = 1; i <= 23; i++) {
			PracticeContent content = PracticeContent.essentials("Zz Seitenfall " + (100 + i), "Kurz.",
					List.of("kreis-steinfurt"), List.of(Platform.INSTAGRAM), List.of(topic), MunicipalityKind.KREIS,
					"Text");
			this.practices
				.save(Practice.imported(topic.toLowerCase(Locale.ROOT) + "-" + i, content,
						longAgo.plus(Duration.ofDays(i)), new ImportStamp("test", topic + i, Instant.now())))
				.block();
		}
		String list = "/praxis?thema=" + topic + "&sortierung=titel";
		String links = "/praxis?thema=" + topic + "&amp;sortierung=titel";

		String first = page(list);
		assertThat(first)
			.contains("23 Praxisbeispiele", "Zz Seitenfall 101", "Zz Seitenfall 120", "aria-label=\"Seiten\"")
			.doesNotContain("Zz Seitenfall 121", "Vorherige")
			.contains("rel=\"next\" href=\"" + links + "&amp;seite=2\">Nächste</a>")
			.containsPattern(
					"href=\"" + Pattern.quote(links) + "\" aria-label=\"Seite 1 von 2\" aria-current=\"page\">1</a>")
			.containsPattern(
					"href=\"" + Pattern.quote(links + "&amp;seite=2") + "\" aria-label=\"Seite 2 von 2\">2</a>");

		String second = page(list + "&seite=2");
		assertThat(second).contains("23 Praxisbeispiele", "Zz Seitenfall 121", "Zz Seitenfall 123")
			.doesNotContain("Zz Seitenfall 120", "Nächste</a>")
			.contains("rel=\"prev\" href=\"" + links + "\">Vorherige</a>")
			.contains("aria-current=\"page\">2</a>");
		assertThat(page(list + "&seite=99")).contains("Zz Seitenfall 123").doesNotContain("Zz Seitenfall 120");
		assertThat(page(list + "&seite=keine")).contains("Zz Seitenfall 101").doesNotContain("Zz Seitenfall 121");
		assertThat(page("/praxis?thema=" + topic + "&kanal=YOUTUBE")).contains("Keine Praxisbeispiele")
			.doesNotContain("aria-label=\"Seiten\"");
	}

	@Test
	void ordersByTitleOnRequest() {
		String page = allPages("/praxis?sortierung=titel");
		assertThat(page.indexOf("Amtfluencer")).isLessThan(page.indexOf("Stellenanzeigen als humorvolle Videos"));
	}

	@Test
	void aPracticePageShowsRelatedPracticesOnTheSameTopics() {
		String page = page("/praxis/stellenanzeigen-als-humorvolle-videos");
		assertThat(page).contains("Ähnliche Praxisbeispiele");
		String related = page.substring(page.indexOf("Ähnliche Praxisbeispiele"));
		assertThat(related).contains("/praxis/")
			.doesNotContain("href=\"/praxis/stellenanzeigen-als-humorvolle-videos\"");
	}

	@Test
	void aPracticePageDescribesItselfForSharingOnSocialMedia() {
		String page = page("/praxis/stellenanzeigen-als-humorvolle-videos");
		assertThat(page).contains("<meta property=\"og:title\" content=\"Stellenanzeigen als humorvolle Videos\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.containsPattern(
					"<meta property=\"og:url\" content=\"http://localhost[^\"]*/praxis/stellenanzeigen-als-humorvolle-videos\">")
			.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\"")
			.contains("\"author\":[{\"@type\":\"Organization\",\"name\":\"Kreis Minden-Lübbecke\"}]");
	}

	@Test
	void pageApiAndFeedAgreeOnAFilterWhateverItsCase() throws Exception {
		Set<String> all = apiSlugs("/api/v1/praxis");
		Set<String> recruiting = apiSlugs("/api/v1/praxis?thema=Recruiting");
		Set<String> youtube = apiSlugs("/api/v1/praxis?kanal=YOUTUBE");
		assertThat(recruiting).isNotEmpty().isNotEqualTo(all);
		assertThat(youtube).isNotEmpty().isNotEqualTo(all);
		for (String topic : List.of("Recruiting", "recruiting", "RECRUITING")) {
			assertThat(apiSlugs("/api/v1/praxis?thema=" + topic)).as("API, thema=%s", topic).isEqualTo(recruiting);
			assertThat(pageSlugs("/praxis?thema=" + topic, all)).as("page, thema=%s", topic).isEqualTo(recruiting);
			assertThat(feedSlugs("/praxis/feed.atom?thema=" + topic)).as("feed, thema=%s", topic).isEqualTo(recruiting);
		}
		for (String channel : List.of("YOUTUBE", "youtube", "YouTube")) {
			assertThat(apiSlugs("/api/v1/praxis?kanal=" + channel)).as("API, kanal=%s", channel).isEqualTo(youtube);
			assertThat(pageSlugs("/praxis?kanal=" + channel, all)).as("page, kanal=%s", channel).isEqualTo(youtube);
			assertThat(feedSlugs("/praxis/feed.atom?kanal=" + channel)).as("feed, kanal=%s", channel)
				.isEqualTo(youtube);
		}
		// The facet shows the chosen topic as chosen, not as a second value without
		// cases.
		assertThat(page("/praxis?thema=recruiting"))
			.containsPattern("<option value=\"Recruiting\" selected=\"selected\">Recruiting \\(" + recruiting.size()
					+ "\\)</option>")
			.doesNotContain("<option value=\"recruiting\"");
	}

	private Set<String> apiSlugs(String uri) {
		List<Map> practices = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		return practices.stream().map((practice) -> (String) practice.get("slug")).collect(Collectors.toSet());
	}

	private Set<String> pageSlugs(String uri, Set<String> all) {
		String page = allPages(uri);
		return all.stream()
			.filter((slug) -> page.contains("href=\"/praxis/" + slug + "\""))
			.collect(Collectors.toSet());
	}

	private Set<String> feedSlugs(String uri) throws Exception {
		String xml = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		return feed.getEntries()
			.stream()
			.map((entry) -> entry.getLink().substring(entry.getLink().lastIndexOf('/') + 1))
			.collect(Collectors.toSet());
	}

	private String page(String uri) {
		return this.pages.get(null, uri, HttpStatus.OK);
	}

	/**
	 * Every page of a list, one after the other, following the "next" links.
	 */
	private String allPages(String uri) {
		StringBuilder all = new StringBuilder();
		String next = uri;
		for (int pages = 0; next != null && pages < 100; pages++) {
			String page = page(next);
			all.append(page);
			Matcher link = NEXT.matcher(page);
			next = link.find() ? HtmlUtils.htmlUnescape(link.group(1)) : null;
		}
		return all.toString();
	}

}
