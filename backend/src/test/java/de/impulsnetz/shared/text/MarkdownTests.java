package de.impulsnetz.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void escapesRawHtmlBlocksAndInlineHtml() {
		String html = this.markdown.toHtml("<script>alert(1)</script>\n\nText <b onclick=\"x()\">fett</b>");
		assertThat(html).doesNotContain("<script").doesNotContain("<b ").doesNotContain("onclick=\"");
		assertThat(html).contains("&lt;script&gt;");
	}

	@Test
	void neutralisesEventHandlerAttributes() {
		String html = this.markdown.toHtml("<img src=x onerror=alert(1)>\n\n![a](/bild.png \"t\" onerror=alert(1))");
		assertThat(html).doesNotContain("<img src=\"x\"").doesNotContainPattern("(?i)<[^>]+onerror");
	}

	@Test
	void neutralisesIframes() {
		assertThat(this.markdown.toHtml("<iframe src=\"https://evil.example\"></iframe>")).doesNotContain("<iframe");
	}

	@Test
	void dropsJavascriptAndDataLinksWhateverTheirCase() {
		String html = this.markdown.toHtml("""
				[a](JaVaScRiPt:alert(1)) [b](javascript:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=)
				[d]( vbscript:msgbox) <javascript:alert(1)>
				""");
		assertThat(html).doesNotContainPattern("(?i)href=\"\\s*(javascript|data|vbscript):").doesNotContain("<a");
	}

	@Test
	void keepsHttpLinksAndMarksThemNoopener() {
		String html = this.markdown.toHtml("[Kreis](https://www.kreis-steinfurt.de) und https://example.org");
		assertThat(html).contains("href=\"https://www.kreis-steinfurt.de\"")
			.contains("href=\"https://example.org\"")
			.contains("rel=\"noopener noreferrer\"");
	}

	@Test
	void keepsOnlySameOriginImagesSoReadingLeaksNothing() {
		String html = this.markdown.toHtml("![Team](/medien/team.jpg) ![Tracker](https://tracker.example/pixel.gif)");
		assertThat(html).contains("src=\"/medien/team.jpg\"")
			.contains("alt=\"Team\"")
			.doesNotContain("tracker.example");
	}

	@Test
	void rendersTablesWithAlignment() {
		String html = this.markdown.toHtml("""
				| Kanal | Beiträge |
				|:------|---------:|
				| Instagram | 12 |
				""");
		assertThat(html).contains("<table>")
			.contains("<th align=\"left\">Kanal</th>")
			.contains("<td align=\"right\">12</td>");
	}

	@Test
	void givesHeadingsUniqueAnchorsAndDemotesH1() {
		String html = this.markdown.toHtml("# Titel\n\n## Das können Sie übernehmen\n\n## Ergebnisse\n\n## Ergebnisse");
		assertThat(html).doesNotContain("<h1").contains("<h2 id=\"titel\">");
		assertThat(html).contains("<h2 id=\"das-können-sie-übernehmen\">");
		assertThat(html).contains("<h2 id=\"ergebnisse\">").contains("<h2 id=\"ergebnisse-1\">");
	}

	@Test
	void keepsTaskListsAsLabelledDisabledCheckboxes() {
		String html = this.markdown.toHtml("- [x] Ziele festlegen\n- [ ] Ressourcen benennen");
		assertThat(html).contains("class=\"task-list-item\"")
			.containsPattern("<input type=\"checkbox\"[^>]*checked[^>]*disabled[^>]*aria-label=\"erledigt\"")
			.containsPattern("<input type=\"checkbox\"[^>]*disabled[^>]*aria-label=\"offen\"");
	}

	@Test
	void keepsOtherInputsOut() {
		assertThat(this.markdown.toHtml("<input type=\"text\" name=\"q\">")).doesNotContain("<input");
	}

	@Test
	void rendersStrikethroughAutolinksAndFootnotes() {
		String html = this.markdown.toHtml("~~alt~~ www.example.org Text[^1]\n\n[^1]: Quelle");
		assertThat(html).contains("<del>alt</del>").contains("href=\"http://www.example.org\"");
		assertThat(html).contains("id=\"fnref-1\"").contains("href=\"#fn-1\"").contains("<li id=\"fn-1\">");
	}

	@Test
	void rendersSameTextOnlyOnce() {
		String source = "## Einmal rendern\n\nText " + System.nanoTime();
		long before = this.markdown.cacheStats().hitCount();
		String first = this.markdown.toHtml(source);
		String second = this.markdown.toHtml(source);
		assertThat(second).isSameAs(first);
		assertThat(this.markdown.cacheStats().hitCount()).isEqualTo(before + 1);
	}

	@Test
	void rendersNothingForBlankText() {
		assertThat(this.markdown.toHtml("  \n")).isEmpty();
		assertThat(this.markdown.toHtml(null)).isEmpty();
	}

}
