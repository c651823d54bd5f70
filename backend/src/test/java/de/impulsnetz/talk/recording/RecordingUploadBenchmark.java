package de.impulsnetz.talk.recording;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import de.impulsnetz.Members;
import de.impulsnetz.TestRoutes;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkLibrary;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test ({@code -Pbenchmark}): a 2 GB upload, generated as it
 * streams, through the upload service (byte check, limit, GridFS), printing the heap
 * before, at most during, and after. The embedded database keeps its data on disk here
 * (H2, as a dev run), so that the heap shows the app and not the stored bytes. Asserts
 * only that the upload is stored whole.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "impulsnetz.storage.embedded=file", "impulsnetz.data-dir=target/recording-benchmark-data" })
@ActiveProfiles("test")
@Import(TestRoutes.class)
class RecordingUploadBenchmark {

	private static final long UPLOAD = 2L * 1024 * 1024 * 1024;

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	@Autowired
	TalkLibrary library;

	@Autowired
	RecordingStore store;

	@Autowired
	Recordings recordings;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void printsTheHeapOfA2GbUpload() {
		upload(new RecordingFixture(this.library, this.store, this.mongo).talk("benchmark-upload"));
	}

	private void upload(Talk talk) {
		long heapBefore = heapAfterGc();
		AtomicLong peak = new AtomicLong();
		var sampling = Flux.interval(Duration.ofMillis(50))
			.subscribe((tick) -> peak.accumulateAndGet(heapUsed(), Math::max));
		int piece = 64 * 1024;
		byte[] header = { 0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' };
		Flux<DataBuffer> body = Flux.range(0, (int) (UPLOAD / piece)).<DataBuffer>map((i) -> {
			byte[] bytes = new byte[piece];
			if (i == 0) {
				System.arraycopy(header, 0, bytes, 0, header.length);
			}
			return DefaultDataBufferFactory.sharedInstance.wrap(bytes);
		}).subscribeOn(Schedulers.boundedElastic());
		long start = System.nanoTime();
		// Through the service rather than WebTestClient, which keeps a copy of every
		// request body for its diagnostics.
		this.recordings.upload(talk.series(), talk.slug(), Members.OTHER_ORGANISER, body, UPLOAD)
			.block(Duration.ofMinutes(30));
		double seconds = (System.nanoTime() - start) / 1e9;
		sampling.dispose();
		RecordingJob job = this.recordings.latest(talk).block();
		assertThat(this.store.file(job.original()).block().getLength()).isEqualTo(UPLOAD);
		System.out.printf(
				"%nUPLOAD: 2 GB streamed to GridFS in %.1f s (%.1f MB/s); heap after GC before %d MB, "
						+ "peak during %d MB, after GC %d MB%n",
				seconds, UPLOAD / 1024.0 / 1024.0 / seconds, heapBefore / 1024 / 1024, peak.get() / 1024 / 1024,
				heapAfterGc() / 1024 / 1024);
		// Deleting 2 GB may outlast the embedded database's read timeout; the folder goes
		// with target/.
		this.store.delete(job.original()).onErrorComplete().block();
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
