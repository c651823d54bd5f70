package de.impulsnetz.search;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German search as members type it: word forms, umlauts written out or left out, parts of
 * compounds, typos; ranking and snippets.
 */
class SearchIndexTests {

	private SearchIndex index;

	@BeforeEach
	void fill() {
		this.index = new SearchIndex();
		put("stellen", "Stellenanzeigen als humorvolle Videos", "Beschäftigte stehen selbst vor der Kamera.",
				"Aus nüchternen Stellenanzeigen werden kurze Clips.", "2025-06-24");
		put("jobcenter", "Kommentare schnell beantworten", "Ein Team antwortet freundlich auf Fragen zu Bürgergeld.",
				"In vielen Jobcentern fehlt die Zeit für Antworten auf Instagram.", "2025-03-01");
		put("beteiligung", "Umfragen zur Bürgerbeteiligung", "Stories mit Abstimmungen.",
				"Die Gemeinde fragt ihre Bürgerinnen und Bürger auf Instagram.", "2024-11-05");
		put("alt", "Videos im Rathaus", "Ein älteres Beispiel.", "Auch hier geht es um Videos.", "2023-01-10");
		put("neu", "Videos im Kreishaus", "Ein neueres Beispiel.", "Auch hier geht es um Videos.", "2026-01-10");
		this.index.refresh();
	}

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	@Test
	void findsOtherFormsOfAWord() {
		assertThat(keys("Stellenanzeige")).containsExactly("stellen");
		assertThat(keys("Jobcenter")).containsExactly("jobcenter");
	}

	@Test
	void umlautsMayBeWrittenOutOrLeftOut() {
		assertThat(keys("Buergerbeteiligung")).containsExactly("beteiligung");
		assertThat(keys("Burgerbeteiligung")).containsExactly("beteiligung");
		assertThat(keys("Beschaeftigte")).containsExactly("stellen");
	}

	@Test
	void aPartOfACompoundFindsIt() {
		assertThat(keys("Anzeige")).containsExactly("stellen");
		assertThat(keys("Beteiligung")).containsExactly("beteiligung");
	}

	@Test
	void smallTyposAreForgiven() {
		assertThat(keys("Instagarm")).containsExactlyInAnyOrder("jobcenter", "beteiligung");
		assertThat(keys("Kommentrae")).containsExactly("jobcenter");
	}

	@Test
	void everyWordMustMatch() {
		assertThat(keys("Instagram Bürgergeld")).containsExactly("jobcenter");
		assertThat(keys("Instagram Stellenanzeigen")).isEmpty();
		assertThat(keys("und der die")).isEmpty();
	}

	@Test
	void titlesWeighMoreAndTheNewerComesFirstAmongEquals() {
		put("nurtext", "Ein Rückblick", "Kurz.", "Nebenbei entstanden auch Videos.", "2026-06-01");
		this.index.refresh();
		assertThat(keys("Videos")).containsSubsequence("neu", "alt").endsWith("nurtext");
	}

	@Test
	void snippetsMarkTheMatchAndEscapeTheText() {
		put("html", "Sicher", "Kurz.", "Ein <script>alert(1)</script> im Text über Krisenkommunikation.", "2025-01-01");
		this.index.refresh();
		SearchHit hit = this.index.search("Krisenkommunikation", null, 10).hits().get(0);
		assertThat(hit.snippetHtml()).contains("<mark>Krisenkommunikation</mark>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>");
	}

	@Test
	void snippetsArePlainTextWithoutMarkdown() {
		put("markdown", "Strategie", "Eine **kleine** Strategie.",
				"## Ausgangslage der Krisenkommunikation\n\nDie Einrichtung plant mit dem [Leitfaden](https://example.org/x) und **klaren** Worten.",
				"2025-01-01");
		this.index.refresh();
		SearchHit hit = this.index.search("Krisenkommunikation Leitfaden", null, 10).hits().get(0);
		assertThat(hit.snippetHtml())
			.contains("Ausgangslage der <mark>Krisenkommunikation</mark>", "mit dem <mark>Leitfaden</mark> und klaren")
			.doesNotContain("##", "**", "](", "example.org");
		SearchHit bySummary = this.index.search("Strategie", null, 10).hits().get(0);
		assertThat(bySummary.snippetHtml()).doesNotContain("**");
	}

	@Test
	void everyKindIsNamedForPeopleAndUnknownKindsAreRefused() {
		SearchHit hit = this.index.search("Stellenanzeige", null, 10).hits().get(0);
		assertThat(hit.kindLabel()).isEqualTo("enum.SearchKind.PRAXIS");
		assertThat(SearchKind.of("session")).isEqualTo(SearchKind.SESSION);
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.index.put(new SearchDocument("rezept", "x", "Titel", "Kurz", List.of(), "Text", "/x",
					Instant.parse("2025-01-01T00:00:00Z"))))
			.withMessageContaining("SearchKind");
	}

	@Test
	void changedAndRemovedDocumentsAreFoundAsTheyAreNow() {
		put("stellen", "Ausbildung erklärt", "Neu geschrieben.", "Ganz anderer Text.", "2025-06-24");
		this.index.remove("praxis", "jobcenter");
		this.index.refresh();
		assertThat(keys("Stellenanzeige")).isEmpty();
		assertThat(keys("Ausbildung")).containsExactly("stellen");
		assertThat(keys("Jobcenter")).isEmpty();
		assertThat(this.index.size()).isEqualTo(4);
	}

	@Test
	void clearingKeepsTheOldIndexVisibleUntilTheRefresh() {
		this.index.clear();
		assertThat(keys("Jobcenter")).containsExactly("jobcenter");
		this.index.refresh();
		assertThat(this.index.size()).isZero();
	}

	private List<String> keys(String query) {
		return this.index.search(query, "praxis", 10).hits().stream().map(SearchHit::key).toList();
	}

	private void put(String key, String title, String summary, String text, String date) {
		this.index.put(new SearchDocument("praxis", key, title, summary, List.of(), text, "/praxis/" + key,
				Instant.parse(date + "T10:00:00Z")));
	}

}
