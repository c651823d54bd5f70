package de.impulsnetz.talk.recording;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test ({@code -Pbenchmark}): 50 viewers at once seek in a 200 MB
 * recording over HTTP (20 jumps each, reading 1 MB from each position), printing
 * throughput, p50/p99 time to first byte and the heap. The embedded database holds the
 * recording in memory here (the file-backed one cannot answer 50 readers at once on a
 * small machine), so the heap includes its 200 MB. Asserts only that the bytes served are
 * the stored ones.
 */
@IntegrationTest
class RecordingSeekBenchmark {

	private static final int RECORDING = 200 * 1024 * 1024;

	private static final int VIEWERS = 50;

	private static final int SEEKS = 20;

	private static final int READ = 1024 * 1024;

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	@Autowired
	TalkLibrary library;

	@Autowired
	RecordingStore store;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Value("${local.server.port}")
	int port;

	@Test
	void printsSeekingThroughputTimeToFirstByteAndHeap() {
		RecordingFixture fixture = new RecordingFixture(this.library, this.store, this.mongo);
		byte[] bytes = new byte[RECORDING];
		new Random(7).nextBytes(bytes);
		Talk talk = fixture.talk("benchmark");
		fixture.finishedVideo(talk, bytes);
		String path = MediaKind.path(talk.series(), talk.slug(), MediaKind.VIDEO);
		viewers(path, bytes);
	}

	private void viewers(String path, byte[] stored) {
		WebClient http = WebClient.create("http://localhost:" + this.port);
		long heapBefore = heapAfterGc();
		AtomicLong peak = new AtomicLong();
		List<Long> firstByte = Collections.synchronizedList(new ArrayList<>());
		AtomicLong served = new AtomicLong();
		var sampling = Flux.interval(Duration.ofMillis(50))
			.subscribe((tick) -> peak.accumulateAndGet(heapUsed(), Math::max));
		long start = System.nanoTime();
		Flux.range(0, VIEWERS).flatMap((viewer) -> {
			Random random = new Random(viewer);
			return Flux.range(0, SEEKS).concatMap((seek) -> {
				long first = (long) (random.nextDouble() * (RECORDING - READ));
				long asked = System.nanoTime();
				long[] firstAt = { 0 };
				return http.get()
					.uri(path)
					.header(HttpHeaders.RANGE, "bytes=" + first + "-" + (first + READ - 1))
					.retrieve()
					.bodyToFlux(DataBuffer.class)
					.doOnNext((buffer) -> {
						if (firstAt[0] == 0) {
							firstAt[0] = System.nanoTime();
							firstByte.add(firstAt[0] - asked);
							assertThat(buffer.getByte(buffer.readPosition())).isEqualTo(stored[(int) first]);
						}
						served.addAndGet(buffer.readableByteCount());
						DataBufferUtils.release(buffer);
					})
					.then();
			});
		}, VIEWERS).blockLast(Duration.ofMinutes(10));
		double seconds = (System.nanoTime() - start) / 1e9;
		sampling.dispose();
		assertThat(served.get()).isEqualTo((long) VIEWERS * SEEKS * READ);
		List<Long> sorted = new ArrayList<>(firstByte);
		Collections.sort(sorted);
		System.out.printf(
				"%nSEEKING: %d viewers x %d seeks in a %d MB recording (1 MB each): %.1f s, %.1f MB/s, %.0f requests/s, "
						+ "time to first byte p50 %.1f ms, p99 %.1f ms; heap after GC before %d MB, peak %d MB, after GC %d MB%n",
				VIEWERS, SEEKS, RECORDING / 1024 / 1024, seconds, served.get() / 1024.0 / 1024.0 / seconds,
				VIEWERS * SEEKS / seconds, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
				heapBefore / 1024 / 1024, peak.get() / 1024 / 1024, heapAfterGc() / 1024 / 1024);
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

	private static long heapUsed() {
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

	private static long heapAfterGc() {
		System.gc();
		System.gc();
		return heapUsed();
	}

}
