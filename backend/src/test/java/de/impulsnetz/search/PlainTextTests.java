package de.impulsnetz.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown as people read it, for snippets: no marks, link texts without their addresses,
 * and places in the Markdown carried over.
 */
class PlainTextTests {

	@Test
	void headingsEmphasisListsAndQuotesLoseTheirMarks() {
		String plain = PlainText
			.of("## Ausgangslage\n\nDie **Stadt** sucht *dringend* Personal.\n\n- Videos\n- `Reels`\n\n> Zitat aus dem Team")
			.text();
		assertThat(plain)
			.isEqualTo("Ausgangslage\nDie Stadt sucht dringend Personal.\nVideos\nReels\nZitat aus dem Team");
	}

	@Test
	void codeKeepsItsTextOnce() {
		assertThat(PlainText.of("Vorher\n\n```\nposten();\n```\n\nNachher").text())
			.isEqualTo("Vorher\nposten();\nNachher");
	}

	@Test
	void linksAndImagesKeepTheirTextOnly() {
		assertThat(PlainText.of("Mehr im [Leitfaden](https://example.org/leitfaden) und ![Logo](/bild.png).").text())
			.isEqualTo("Mehr im Leitfaden und Logo.");
	}

	@Test
	void escapedCharactersAndRawHtmlStayReadableText() {
		assertThat(PlainText.of("5 \\* 3 und <b>fett</b>").text()).isEqualTo("5 * 3 und <b>fett</b>");
	}

	@Test
	void placesInTheMarkdownMoveWithTheText() {
		String markdown = "# Titel\n\nErste Zeile\nZweite Zeile";
		PlainText plain = PlainText.of(markdown);
		assertThat(plain.text()).isEqualTo("Titel\nErste Zeile Zweite Zeile");
		assertThat(plain.text().substring(plain.offset(markdown.indexOf("Zweite")))).isEqualTo("Zweite Zeile");
		assertThat(plain.text().substring(plain.offset(markdown.indexOf("Erste")))).startsWith("Erste Zeile");
		assertThat(plain.offset(markdown.length())).isEqualTo(plain.text().length());
	}

}
