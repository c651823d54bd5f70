package de.impulsnetz.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.shared.text.Markdown;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test: prints how long a case page takes cold (first request
 * after start, nothing cached, templates not yet compiled) and warm, and what the
 * Markdown cache saves. Asserts only that the pages are right. Runs in its own
 * application context so that "cold" is really cold.
 */
@IntegrationTest
class PracticePageRenderBenchmark {

	private static final String CASE = "/praxis/stellenanzeigen-als-humorvolle-videos";

	private static final int WARM_REQUESTS = 200;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Autowired
	Markdown markdown;

	@Autowired
	PracticeCatalog catalog;

	@Test
	void printsPracticePageRenderTimesColdAndCached() {
		long coldStart = System.nanoTime();
		String cold = get();
		long coldNanos = System.nanoTime() - coldStart;

		long[] warm = new long[WARM_REQUESTS];
		for (int i = 0; i < WARM_REQUESTS; i++) {
			long start = System.nanoTime();
			assertThat(get()).isEqualTo(cold);
			warm[i] = System.nanoTime() - start;
		}
		Arrays.sort(warm);

		String body = this.catalog.publishedBySlug("stellenanzeigen-als-humorvolle-videos").block().content().body();
		long renderStart = System.nanoTime();
		int rounds = 200;
		for (int i = 0; i < rounds; i++) {
			this.markdown.render(body);
		}
		long renderNanos = (System.nanoTime() - renderStart) / rounds;
		long lookupStart = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			this.markdown.toHtml(body);
		}
		long lookupNanos = (System.nanoTime() - lookupStart) / rounds;

		System.out.printf(
				"BENCHMARK case page %s: first request %.1f ms; cached p50 %.2f ms, p95 %.2f ms (%d requests)%n", CASE,
				coldNanos / 1e6, warm[WARM_REQUESTS / 2] / 1e6, warm[WARM_REQUESTS * 95 / 100] / 1e6, WARM_REQUESTS);
		System.out.printf("BENCHMARK markdown body (%d chars): render+sanitise %.3f ms, cached lookup %.3f ms%n",
				body.length(), renderNanos / 1e6, lookupNanos / 1e6);
		assertThat(cold).contains("<h1").contains("Kernaussagen");
	}

	private String get() {
		// A plain HTTP client, as a browser would come: measures the server, not a test
		// client's pipeline.
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + CASE))
					.header("Accept", "text/html")
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
