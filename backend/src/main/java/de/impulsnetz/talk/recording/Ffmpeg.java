package de.impulsnetz.talk.recording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installed ffmpeg and ffprobe ({@code impulsnetz.ffmpeg.path}, ffprobe next to it
 * unless {@code impulsnetz.ffmpeg.probe-path} names it), looked for once at start-up.
 * Without them the app runs as before; recordings wait until they are installed.
 */
@Component
public class Ffmpeg {

	private static final Logger logger = LoggerFactory.getLogger(Ffmpeg.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int KEPT_ERROR_LINES = 5;

	private final Path ffmpeg;

	private final Path ffprobe;

	private final boolean available;

	Ffmpeg(@Value("${impulsnetz.ffmpeg.path:/usr/bin/ffmpeg}") Path ffmpeg,
			@Value("${impulsnetz.ffmpeg.probe-path:}") @Nullable String ffprobe) {
		this.ffmpeg = ffmpeg;
		this.ffprobe = (ffprobe == null || ffprobe.isBlank()) ? ffmpeg.resolveSibling("ffprobe") : Path.of(ffprobe);
		this.available = answers(this.ffmpeg) && answers(this.ffprobe);
		if (this.available) {
			logger.info("Recordings are processed with {} and {}", this.ffmpeg, this.ffprobe);
		}
		else {
			logger.warn(
					"No ffmpeg/ffprobe at {} and {} (impulsnetz.ffmpeg.path): recordings wait until it is installed",
					this.ffmpeg, this.ffprobe);
		}
	}

	public boolean available() {
		return this.available;
	}

	/**
	 * What ffprobe reads of the file; fails with {@link Failed} when it cannot read it.
	 */
	Probe probe(Path file) throws IOException, InterruptedException {
		List<String> command = List.of(this.ffprobe.toString(), "-v", "error", "-print_format", "json", "-show_format",
				"-show_streams", file.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
		process.getOutputStream().close();
		byte[] out;
		String errors;
		try (var stdout = process.getInputStream(); var stderr = process.getErrorStream()) {
			out = stdout.readAllBytes();
			errors = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (process.waitFor() != 0) {
			throw new Failed("ffprobe: " + errors.strip());
		}
		return Probe.of(JSON.readTree(out));
	}

	/**
	 * Runs ffmpeg with the arguments (after the global options) on the scheduler,
	 * reporting the percent done of {@code durationSeconds}; cancelling the Mono kills
	 * the process.
	 */
	Mono<Void> run(List<String> arguments, double durationSeconds, IntConsumer progress, Path errorLog,
			Scheduler scheduler) {
		return Mono.<Void>create((sink) -> {
			List<String> command = new ArrayList<>(List.of(this.ffmpeg.toString(), "-hide_banner", "-nostdin", "-y",
					"-v", "error", "-nostats", "-progress", "pipe:1"));
			command.addAll(arguments);
			Process process;
			try {
				process = new ProcessBuilder(command).redirectError(errorLog.toFile()).start();
			}
			catch (IOException ex) {
				sink.error(ex);
				return;
			}
			sink.onDispose(() -> {
				if (process.isAlive()) {
					process.destroyForcibly();
				}
			});
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("out_time_us=") && durationSeconds > 0) {
						progress.accept(percent(line.substring("out_time_us=".length()), durationSeconds));
					}
				}
				if (!process.waitFor(1, TimeUnit.MINUTES)) {
					process.destroyForcibly();
				}
				if (process.exitValue() != 0) {
					sink.error(new Failed("ffmpeg exit " + process.exitValue() + ": " + lastLines(errorLog)));
					return;
				}
				sink.success();
			}
			catch (IOException | InterruptedException | RuntimeException ex) {
				process.destroyForcibly();
				sink.error(ex);
			}
		}).subscribeOn(scheduler);
	}

	private static int percent(String microseconds, double durationSeconds) {
		try {
			double done = Long.parseLong(microseconds.strip()) / 1_000_000.0;
			return (int) Math.max(0, Math.min(100, Math.round(done * 100 / durationSeconds)));
		}
		catch (NumberFormatException notYet) {
			// "N/A" before the first frame
			return 0;
		}
	}

	private static String lastLines(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join(" | ", lines.subList(Math.max(0, lines.size() - KEPT_ERROR_LINES), lines.size()));
		}
		catch (IOException ex) {
			return "(no error output)";
		}
	}

	private static boolean answers(Path executable) {
		if (!Files.isExecutable(executable)) {
			return false;
		}
		try {
			Process process = new ProcessBuilder(executable.toString(), "-version").redirectErrorStream(true).start();
			process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * ffprobe or ffmpeg could not read or convert the file.
	 */
	static class Failed extends RuntimeException {

		Failed(String message) {
			super(message);
		}

	}

	/**
	 * What a file holds: the first video stream (not a cover picture) and the first audio
	 * stream.
	 */
	record Probe(String container, double durationSeconds, @Nullable String videoCodec, @Nullable String pixelFormat,
			int width, int height, @Nullable String audioCodec) {

		static Probe of(JsonNode json) {
			JsonNode video = null;
			JsonNode audio = null;
			for (JsonNode stream : json.path("streams")) {
				String type = stream.path("codec_type").asString("");
				boolean picture = stream.path("disposition").path("attached_pic").asInt(0) == 1;
				if (video == null && type.equals("video") && !picture) {
					video = stream;
				}
				if (audio == null && type.equals("audio")) {
					audio = stream;
				}
			}
			double duration = json.path("format").path("duration").asDouble(0);
			return new Probe(json.path("format").path("format_name").asString(""), duration,
					(video != null) ? video.path("codec_name").asString(null) : null,
					(video != null) ? video.path("pix_fmt").asString(null) : null,
					(video != null) ? video.path("width").asInt(0) : 0,
					(video != null) ? video.path("height").asInt(0) : 0,
					(audio != null) ? audio.path("codec_name").asString(null) : null);
		}

		boolean hasVideo() {
			return this.videoCodec != null;
		}

		boolean hasAudio() {
			return this.audioCodec != null;
		}

		/**
		 * Already what every browser plays: H.264 in 4:2:0, AAC or no sound, at most
		 * 1080p; then the web version is only remuxed.
		 */
		boolean webReady() {
			boolean h264 = "h264".equals(this.videoCodec)
					&& ("yuv420p".equals(this.pixelFormat) || "yuvj420p".equals(this.pixelFormat));
			boolean sound = this.audioCodec == null || "aac".equals(this.audioCodec);
			return h264 && sound && Math.min(this.width, this.height) <= 1080;
		}

	}

}
