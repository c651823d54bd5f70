package de.impulsnetz.municipality.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test: prints how long {@code /kommunen/kanaele} and its CSV take
 * for 400 municipalities × 12 platforms (every platform one channel each, statuses
 * mixed), first request and warm. Asserts only that the page is complete.
 */
@IntegrationTest
class ChannelOverviewBenchmark {

	private static final int MUNICIPALITIES = 400;

	private static final int WARM_REQUESTS = 50;

	private static final String REGION = "Benchmarkland";

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void printsTheOverviewTimeFor400MunicipalitiesAnd12Platforms() {
		seed();
		String page = "/kommunen/kanaele?region=" + REGION;

		long coldStart = System.nanoTime();
		String cold = get(page);
		long coldNanos = System.nanoTime() - coldStart;
		long[] warm = times(page);
		long[] csv = times("/kommunen/kanaele.csv?region=" + REGION);
		long[] all = times("/kommunen/kanaele");

		System.out.printf(
				"BENCHMARK channel overview, %d municipalities × %d platforms: first request %.1f ms, "
						+ "warm p50 %.1f ms, p95 %.1f ms (%d requests, %d KB)%n",
				MUNICIPALITIES, Platform.values().length, coldNanos / 1e6, warm[WARM_REQUESTS / 2] / 1e6,
				warm[WARM_REQUESTS * 95 / 100] / 1e6, WARM_REQUESTS, cold.length() / 1024);
		System.out.printf("BENCHMARK channel overview CSV: p50 %.1f ms, p95 %.1f ms; unfiltered page: p50 %.1f ms%n",
				csv[WARM_REQUESTS / 2] / 1e6, csv[WARM_REQUESTS * 95 / 100] / 1e6, all[WARM_REQUESTS / 2] / 1e6);
		assertThat(cold).contains(MUNICIPALITIES + " von " + MUNICIPALITIES + " Kommunen auf Instagram");
		assertThat(cold.split("<th scope=\"row\"", -1)).hasSize(MUNICIPALITIES + 2);
	}

	private void seed() {
		List<Municipality> municipalities = new ArrayList<>();
		List<ChannelList> lists = new ArrayList<>();
		for (int i = 0; i < MUNICIPALITIES; i++) {
			String slug = "benchmark-gemeinde-" + i;
			municipalities.add(new Municipality(null, slug, "Gemeinde Benchmark " + i, MunicipalityKind.GEMEINDE,
					REGION, "Nordrhein-Westfalen", null, List.of(), null, "", null, null, null));
			List<Channel> channels = new ArrayList<>();
			for (Platform platform : Platform.values()) {
				ChannelStatus status = (platform == Platform.INSTAGRAM) ? ChannelStatus.AKTIV
						: ChannelStatus.values()[(i + platform.ordinal()) % ChannelStatus.values().length];
				channels.add(new Channel(platform, "https://" + platform.name().toLowerCase() + ".example/" + slug,
						"@" + slug, status, "2025-0" + (1 + i % 9), "2 Beiträge pro Woche", "Alle", List.of("Service"),
						"Team", "kontakt@example.org"));
			}
			lists.add(new ChannelList(null, slug, channels, 1, null, null, null));
		}
		this.mongo.insertAll(municipalities).blockLast();
		this.mongo.insertAll(lists).blockLast();
	}

	private long[] times(String path) {
		long[] nanos = new long[WARM_REQUESTS];
		for (int i = 0; i < WARM_REQUESTS; i++) {
			long start = System.nanoTime();
			get(path);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private String get(String path) {
		// A plain HTTP client, as a browser would come: measures the server, not a test
		// client's pipeline.
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept", "text/html")
					.timeout(Duration.ofSeconds(60))
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
