package de.impulsnetz.talk.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import de.impulsnetz.talk.recording.Ffmpeg.Probe;
import de.impulsnetz.talk.recording.RecordingJob.StoredMedia;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;

/**
 * Turns one uploaded original into what the player needs, in a temporary folder that is
 * always removed: ffprobe reads it, then ffmpeg makes the web version (H.264/AAC MP4 with
 * the index at the front, at most 1080p; only remuxed when the streams are web-ready
 * already), the audio version (AAC/M4A, copied when the sound is AAC) and a poster frame.
 */
@Component
class RecordingProcessing {

	private static final int READ_BUFFER = 64 * 1024;

	/** The web version's share of the progress; the audio version and poster follow. */
	private static final int WEB_SHARE = 80;

	private static final int AUDIO_SHARE = 95;

	private final Ffmpeg ffmpeg;

	private final RecordingStore store;

	private final RecordingSettings settings;

	RecordingProcessing(Ffmpeg ffmpeg, RecordingStore store, RecordingSettings settings) {
		this.ffmpeg = ffmpeg;
		this.store = store;
		this.settings = settings;
	}

	/**
	 * The processed versions of the job's original; fails with {@link Unprocessable} when
	 * the file cannot be read or converted.
	 */
	Mono<Outcome> process(RecordingJob job, IntConsumer progress, Scheduler scheduler) {
		return Mono.usingWhen(Mono.fromCallable(this::workFolder).subscribeOn(scheduler),
				(folder) -> process(job, folder, progress, scheduler),
				(folder) -> Mono.fromRunnable(() -> deleteQuietly(folder)).subscribeOn(scheduler));
	}

	private Mono<Outcome> process(RecordingJob job, Path folder, IntConsumer progress, Scheduler scheduler) {
		Path original = folder.resolve("original");
		Mono<Void> download = this.store.file(job.original())
			.switchIfEmpty(Mono.error(() -> new Unprocessable("talk.recording.error.missing", "original gone")))
			.flatMap((file) -> DataBufferUtils.write(this.store.read(file), original));
		return download.then(Mono.fromCallable(() -> probe(original)).subscribeOn(scheduler))
			.flatMap((probe) -> convert(job, probe, folder, original, progress, scheduler));
	}

	private Probe probe(Path original) throws IOException, InterruptedException {
		Probe probe;
		try {
			probe = this.ffmpeg.probe(original);
		}
		catch (Ffmpeg.Failed unreadable) {
			throw new Unprocessable("talk.recording.error.unreadable", unreadable.getMessage());
		}
		if (!probe.hasVideo() && !probe.hasAudio()) {
			throw new Unprocessable("talk.recording.error.noStreams", "no audio or video stream");
		}
		if (probe.durationSeconds() <= 0) {
			throw new Unprocessable("talk.recording.error.unreadable", "no duration");
		}
		return probe;
	}

	private Mono<Outcome> convert(RecordingJob job, Probe probe, Path folder, Path original, IntConsumer progress,
			Scheduler scheduler) {
		double duration = probe.durationSeconds();
		Path log = folder.resolve("ffmpeg.log");
		Path web = folder.resolve("web.mp4");
		Path audio = folder.resolve("audio.m4a");
		Path poster = folder.resolve("poster.jpg");
		boolean remux = probe.hasVideo() && probe.webReady();
		int audioFrom = probe.hasVideo() ? WEB_SHARE : 0;
		Mono<Void> steps = Mono.empty();
		if (probe.hasVideo()) {
			steps = steps.then(this.ffmpeg.run(webArguments(probe, original, web, remux), duration,
					scaled(progress, 0, WEB_SHARE), log, scheduler));
		}
		if (probe.hasAudio()) {
			steps = steps.then(this.ffmpeg.run(audioArguments(probe, original, audio), duration,
					scaled(progress, audioFrom, AUDIO_SHARE), log, scheduler));
		}
		if (probe.hasVideo()) {
			double at = Math.min(5, duration * 0.1);
			steps = steps.then(this.ffmpeg.run(
					List.of("-ss", seconds(at), "-i", original.toString(), "-frames:v", "1", "-vf",
							"scale=-2:'2*trunc(min(720,ih)/2)'", "-q:v", "3", "-f", "image2", poster.toString()),
					0, (done) -> {
					}, log, scheduler));
		}
		String id = job.id();
		return steps
			.onErrorMap(Ffmpeg.Failed.class,
					(failed) -> new Unprocessable(
							probe.hasVideo() ? "talk.recording.error.convert" : "talk.recording.error.convertAudio",
							failed.getMessage()))
			.then(Mono.zip(
					probe.hasVideo() ? save(web, id + "/video.mp4", "video/mp4").map(Stored::new)
							: Mono.just(Stored.NONE),
					probe.hasAudio() ? save(audio, id + "/audio.m4a", "audio/mp4").map(Stored::new)
							: Mono.just(Stored.NONE),
					probe.hasVideo() ? save(poster, id + "/poster.jpg", "image/jpeg").map(Stored::new)
							: Mono.just(Stored.NONE)))
			.map((saved) -> new Outcome(probe, saved.getT1().media(), saved.getT2().media(), saved.getT3().media(),
					remux));
	}

	private static List<String> webArguments(Probe probe, Path original, Path web, boolean remux) {
		List<String> arguments = new ArrayList<>(
				List.of("-i", original.toString(), "-map", "0:v:0", "-map", "0:a:0?", "-sn", "-dn"));
		if (remux) {
			arguments.addAll(List.of("-c", "copy"));
		}
		else {
			// At most 1080 on the shorter side (portrait phone videos too), even sizes
			// for 4:2:0.
			String scale = "scale='if(gte(iw,ih),-2,2*trunc(min(1080,iw)/2))':'if(gte(iw,ih),2*trunc(min(1080,ih)/2),-2)'";
			arguments.addAll(List.of("-vf", scale, "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt",
					"yuv420p"));
			arguments.addAll(probe.hasAudio() && "aac".equals(probe.audioCodec()) ? List.of("-c:a", "copy")
					: List.of("-c:a", "aac", "-b:a", "128k"));
		}
		arguments.addAll(List.of("-movflags", "+faststart", "-f", "mp4", web.toString()));
		return arguments;
	}

	private static List<String> audioArguments(Probe probe, Path original, Path audio) {
		List<String> arguments = new ArrayList<>(
				List.of("-i", original.toString(), "-map", "0:a:0", "-vn", "-sn", "-dn"));
		arguments.addAll(
				"aac".equals(probe.audioCodec()) ? List.of("-c:a", "copy") : List.of("-c:a", "aac", "-b:a", "128k"));
		arguments.addAll(List.of("-movflags", "+faststart", "-f", "mp4", audio.toString()));
		return arguments;
	}

	private Mono<StoredMedia> save(Path file, String name, String mediaType) {
		return Mono.fromCallable(() -> Files.size(file))
			.flatMap((size) -> this.store
				.store(DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance, READ_BUFFER), name,
						mediaType, new Document("kind", "processed"))
				.map((id) -> new StoredMedia(id, size, mediaType)));
	}

	private static IntConsumer scaled(IntConsumer progress, int from, int to) {
		return (percent) -> progress.accept(from + (to - from) * percent / 100);
	}

	private static String seconds(double value) {
		return String.format(java.util.Locale.ROOT, "%.3f", value);
	}

	private Path workFolder() throws IOException {
		Path base = this.settings.tempDirectory();
		Files.createDirectories(base);
		return Files.createTempDirectory(base, "job-");
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// Best effort: the next start of a job leaves its own folder clean.
		}
	}

	/**
	 * A processed recording: what ffprobe read and what was stored.
	 */
	record Outcome(Probe probe, @Nullable StoredMedia web, @Nullable StoredMedia audio, @Nullable StoredMedia poster,
			boolean remuxed) {

	}

	private record Stored(@Nullable StoredMedia media) {

		static final Stored NONE = new Stored(null);

	}

	/**
	 * The file cannot be processed; the message key says why in German.
	 */
	static class Unprocessable extends RuntimeException {

		private final String messageKey;

		Unprocessable(String messageKey, @Nullable String detail) {
			super(detail);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
