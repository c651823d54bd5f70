package de.impulsnetz.search;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places inside a text (a transcript's seconds): a hit links to the last anchor before
 * its first match; documents that name others; "more like this".
 */
class SearchAnchorsTests {

	private static final String INTRO = "Ein Vortrag über Ausschreibungen.";

	private static final String FIRST = "Willkommen zur Impulsreihe.";

	private static final String SECOND = "Heute sprechen wir über Stellenanzeigen.";

	private final SearchIndex index = new SearchIndex();

	@BeforeEach
	void fill() {
		String text = INTRO + "\n" + FIRST + "\n" + SECOND;
		int first = INTRO.length() + 1;
		int second = first + FIRST.length() + 1;
		this.index
			.put(new SearchDocument("impulse", "reihe/vortrag", "Personal gewinnen", "Kurz", List.of(), text,
					"/impulse/reihe/vortrag", Instant.parse("2026-01-10T10:00:00Z"),
					List.of(new SearchAnchor(second, "/impulse/reihe/vortrag/transkript?t=754#player", "12:34"),
							new SearchAnchor(first, "/impulse/reihe/vortrag/transkript?t=0#player", "00:00")),
					List.of()));
		this.index.put(new SearchDocument("praxis", "anzeigen", "Anzeigen als Videos", "Kurz", List.of(),
				"Stellenanzeigen als kurze Videos, die Beschäftigte drehen.", "/praxis/anzeigen",
				Instant.parse("2026-02-01T10:00:00Z"), List.of(), List.of("impulse:reihe/vortrag")));
		this.index.put(new SearchDocument("praxis", "garten", "Gemeinschaftsgarten", "Kurz", List.of(),
				"Beete am Rathaus, gepflegt von Freiwilligen.", "/praxis/garten",
				Instant.parse("2026-02-02T10:00:00Z")));
		this.index.refresh();
	}

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	@Test
	void aHitAfterAnAnchorLinksToItsPlace() {
		SearchHit hit = this.index.search("Stellenanzeigen", "impulse", 10).hits().get(0);
		assertThat(hit.url()).isEqualTo("/impulse/reihe/vortrag/transkript?t=754#player");
		assertThat(hit.place()).isEqualTo("12:34");
		assertThat(hit.snippetHtml()).contains("<mark>Stellenanzeigen</mark>");
	}

	@Test
	void aHitBeforeTheFirstAnchorLinksToTheDocument() {
		SearchHit hit = this.index.search("Ausschreibungen", "impulse", 10).hits().get(0);
		assertThat(hit.url()).isEqualTo("/impulse/reihe/vortrag");
		assertThat(hit.place()).isNull();
	}

	@Test
	void aHitInTheTitleOnlyLinksToTheDocument() {
		SearchHit hit = this.index.search("Personal", "impulse", 10).hits().get(0);
		assertThat(hit.url()).isEqualTo("/impulse/reihe/vortrag");
		assertThat(hit.place()).isNull();
	}

	@Test
	void findsWhatNamesADocument() {
		assertThat(this.index.referencing("impulse", "reihe/vortrag", List.of("praxis"), 10)).extracting(SearchHit::key)
			.containsExactly("anzeigen");
		assertThat(this.index.referencing("impulse", "reihe/anderer", List.of("praxis"), 10)).isEmpty();
	}

	@Test
	void findsADocumentByKey() {
		assertThat(this.index.find("impulse", "reihe/vortrag")).extracting(SearchHit::title)
			.isEqualTo("Personal gewinnen");
		assertThat(this.index.find("impulse", "reihe/anderer")).isNull();
	}

	@Test
	void similarDocumentsShareWordsAndAreOfTheKindsAsked() {
		List<SearchHit> similar = this.index.similar("Stellenanzeigen und Videos", List.of("praxis"),
				"impulse:reihe/vortrag", 5);
		assertThat(similar).extracting(SearchHit::key).containsExactly("anzeigen");
		assertThat(this.index.similar("Stellenanzeigen", List.of("impulse"), "impulse:reihe/vortrag", 5)).isEmpty();
	}

}
