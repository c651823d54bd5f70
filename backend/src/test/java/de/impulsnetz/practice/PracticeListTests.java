package de.impulsnetz.practice;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /praxis with facets: filtering by query parameters, counts per value given the other
 * facets, order.
 */
@IntegrationTest
class PracticeListTests {

	private final PageClient pages;

	PracticeListTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	void aFacetNarrowsTheListAndTheOtherFacetsCountWithinIt() {
		String page = page("/praxis?kanal=YOUTUBE");
		assertThat(page).contains("Stellenanzeigen als humorvolle Videos")
			.doesNotContain("Kommentare schnell und freundlich beantworten");
		// The channel facet still offers the other channels, counted without the channel
		// filter.
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
	void ordersByTitleOnRequest() {
		String page = page("/praxis?sortierung=titel");
		assertThat(page.indexOf("Amtfluencer")).isLessThan(page.indexOf("Stellenanzeigen als humorvolle Videos"));
	}

	@Test
	void aCasePageShowsRelatedCasesOnTheSameTopics() {
		String page = page("/praxis/stellenanzeigen-als-humorvolle-videos");
		assertThat(page).contains("Ähnliche Praxisbeispiele");
		String related = page.substring(page.indexOf("Ähnliche Praxisbeispiele"));
		assertThat(related).contains("/praxis/")
			.doesNotContain("href=\"/praxis/stellenanzeigen-als-humorvolle-videos\"");
	}

	@Test
	void aCasePageDescribesItselfForSharingOnSocialMedia() {
		String page = page("/praxis/stellenanzeigen-als-humorvolle-videos");
		assertThat(page).contains("<meta property=\"og:title\" content=\"Stellenanzeigen als humorvolle Videos\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.containsPattern(
					"<meta property=\"og:url\" content=\"http://localhost[^\"]*/praxis/stellenanzeigen-als-humorvolle-videos\">")
			.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\"")
			.contains("\"author\":[{\"@type\":\"Organization\",\"name\":\"Kreis Minden-Lübbecke\"}]");
	}

	private String page(String uri) {
		return this.pages.get(null, uri, HttpStatus.OK);
	}

}
