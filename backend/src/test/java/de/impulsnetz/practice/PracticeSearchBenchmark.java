package de.impulsnetz.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.search.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test: fills the embedded MongoDB with 10 000 and then 100 000
 * generated Praxisbeispiele (German text of about 350 words each), rebuilds the search
 * index from MongoDB and prints the rebuild time and the search latency (p50/p95) of
 * typical queries. Asserts only that the searches find what they should.
 */
@IntegrationTest
class PracticeSearchBenchmark {

	private static final String[] WORDS = ("Stellenanzeigen Video Instagram Kreisverwaltung Jobcenter Bürgergeld "
			+ "Ausbildung Kommentare Community Strategie Krisenkommunikation Barrierefreiheit Untertitel Reels "
			+ "Beschäftigte Landrat Bürgermeisterin Rathaus Kreishaus Ehrenamt Feuerwehr Wahl Umfrage Beteiligung "
			+ "Zielgruppe Reichweite Follower Redaktion Freigabe Datenschutz Impressum Storytelling Humor Azubis "
			+ "Fachkräfte Pflege Kita Schule Verkehr Baustelle Abfall Gesundheit Sprechstunde Terminvergabe "
			+ "Netiquette Moderation Hasskommentare Leitfaden Kooperation Arbeitsgruppe Barcamp Podcast Newsletter")
		.split(" ");

	private static final String[] FILLER = ("der die das und mit für auf im wir haben unsere ein eine sind wird "
			+ "werden nach vor über zum zur bei auch sehr gut neue erste jede Woche Monat Jahr schnell klar")
		.split(" ");

	private static final List<String> QUERIES = List.of("Stellenanzeige", "Jobcenter Kommentare", "Buergergeld",
			"Krisenkommunikation Feuerwehr", "Instagarm Reels", "Anzeige", "Barrierefreiheit Untertitel",
			"Podcast Ehrenamt", "Datenschutz Freigabe Leitfaden", "Azubis Humor Video");

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Search search;

	@Test
	void printsRebuildTimeAndSearchLatencyFor10kAnd100kCases() {
		Random random = new Random(42);
		int stored = 0;
		for (int target : new int[] { 10_000, 100_000 }) {
			long insertStart = System.nanoTime();
			for (int from = stored; from < target; from += 1_000) {
				List<Practice> batch = new ArrayList<>();
				for (int i = from; i < Math.min(target, from + 1_000); i++) {
					batch.add(generated(i, random));
				}
				this.mongo.insertAll(batch).blockLast();
			}
			long insertMillis = (System.nanoTime() - insertStart) / 1_000_000;
			stored = target;

			long rebuildStart = System.nanoTime();
			int indexed = this.search.rebuild().block();
			long rebuildMillis = (System.nanoTime() - rebuildStart) / 1_000_000;

			for (String query : QUERIES) { // warm-up
				this.search.search(query, "praxis", 20).block();
			}
			int rounds = 20;
			long[] nanos = new long[QUERIES.size() * rounds];
			int n = 0;
			long found = 0;
			for (int round = 0; round < rounds; round++) {
				for (String query : QUERIES) {
					long start = System.nanoTime();
					found += this.search.search(query, "praxis", 20).block().total();
					nanos[n++] = System.nanoTime() - start;
				}
			}
			Arrays.sort(nanos);
			Runtime runtime = Runtime.getRuntime();
			System.out.printf(
					"BENCHMARK search %,d cases (%,d indexed): insert %,d ms, rebuild from MongoDB %,d ms; "
							+ "query p50 %.1f ms, p95 %.1f ms (%d queries, top 20 with snippets); heap used %,d MB%n",
					target, indexed, insertMillis, rebuildMillis, nanos[nanos.length / 2] / 1e6,
					nanos[nanos.length * 95 / 100] / 1e6, nanos.length,
					(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
			assertThat(indexed).isGreaterThanOrEqualTo(target);
			assertThat(found).isPositive();
		}
	}

	private static Practice generated(int i, Random random) {
		StringBuilder body = new StringBuilder("## Ausgangslage\n\n");
		for (int w = 0; w < 350; w++) {
			body.append((random.nextInt(4) == 0) ? WORDS[random.nextInt(WORDS.length)]
					: FILLER[random.nextInt(FILLER.length)]);
			body.append((w % 15 == 14) ? ".\n" : " ");
		}
		String title = WORDS[random.nextInt(WORDS.length)] + " und " + WORDS[random.nextInt(WORDS.length)] + " " + i;
		PracticeContent content = new PracticeContent(title,
				"Wie eine Kommune " + WORDS[random.nextInt(WORDS.length)] + " angeht.", List.of("kreis-steinfurt"),
				List.of(Platform.values()[random.nextInt(5)]), List.of(WORDS[random.nextInt(WORDS.length)]),
				MunicipalityKind.KREIS, body.toString(), null, List.of(), List.of(), null);
		Instant published = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(200_000_000));
		return Practice.imported("benchmark-" + i, content, published,
				new ImportStamp("benchmark", "benchmark-" + i, published));
	}

}
