package de.impulsnetz.practice;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists as a phone shows them: /praxis with a text search and its filters folded
 * away, /kommunen with a table region that says it scrolls; and the Markdown field with
 * its toolbar and a help that needs no JavaScript.
 */
@IntegrationTest
class ReadingOnAPhoneTests {

	private final PageClient pages;

	ReadingOnAPhoneTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	void theFiltersFoldAwayUntilOneIsChosen() {
		String page = this.pages.get(null, "/praxis", HttpStatus.OK);
		assertThat(page).contains("<details class=\"facets__disclosure\" id=\"filter\">", "<summary");
		assertThat(this.pages.get(null, "/praxis?kanal=YOUTUBE", HttpStatus.OK))
			.contains("<details class=\"facets__disclosure\" id=\"filter\" open=\"open\">");
	}

	@Test
	void theTextSearchUsesTheSiteSearchAndKeepsTheWords() {
		String page = this.pages.get(null, "/praxis", HttpStatus.OK);
		assertThat(page).contains("type=\"search\" id=\"praxis-suche\" name=\"suche\"", "role=\"search\"");
		String found = this.pages.get(null, "/praxis?suche=Stellenanzeige", HttpStatus.OK);
		assertThat(found).contains("Stellenanzeigen als humorvolle Videos", "value=\"Stellenanzeige\"")
			.doesNotContain("Kommentare schnell und freundlich beantworten")
			.contains("Alle Filter entfernen");
	}

	@Test
	void theDirectorySaysItsTableScrollsSideways() {
		String page = this.pages.get(null, "/kommunen", HttpStatus.OK);
		assertThat(page).contains("role=\"region\" tabindex=\"0\" aria-labelledby=\"kommunen-titel kommunen-scrollen\"",
				"id=\"kommunen-scrollen\"", "seitlich", "id=\"kommunen-titel\"");
	}

	@Test
	void theMarkdownFieldHasAToolbarAndAHelpThatWorksWithoutJavaScript() {
		String page = this.pages.get(Members.STEINFURT, "/praxis/neu", HttpStatus.OK);
		// The toolbar appears with its script; without it the help says the same.
		assertThat(page).contains("data-markdown-toolbar", "data-for=\"body\"", "hidden", "/js/markdown-toolbar-");
		assertThat(page).contains(">Überschrift<", ">Liste<", ">Fett<", ">Link<");
		assertThat(page).contains("<details class=\"markdown-help\"", "So gestalten Sie den Text (Markdown)",
				"<code>## Ausgangslage</code>", "<code>**wichtig**</code>");
		// What is stored stays Markdown: the field is a plain textarea named body.
		assertThat(page).containsPattern("<textarea[^>]*id=\"body\"[^>]*name=\"body\"");
	}

}
