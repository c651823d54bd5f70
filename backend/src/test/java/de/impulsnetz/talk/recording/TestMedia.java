package de.impulsnetz.talk.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Recordings made by the tests themselves with ffmpeg (test picture and tone, a few
 * seconds, small), never downloaded. Without ffmpeg the tests that need it are skipped
 * locally and fail in CI ({@code CI=true}), as the browser tests do without Chromium.
 */
public final class TestMedia {

	static final Path FFMPEG = Path.of("/usr/bin/ffmpeg");

	private static final Path FOLDER;

	private static final ConcurrentHashMap<String, byte[]> MADE = new ConcurrentHashMap<>();

	static {
		try {
			FOLDER = Files.createTempDirectory("impulsnetz-test-media");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TestMedia() {
	}

	/**
	 * Skips the test without ffmpeg, or fails it in CI.
	 */
	public static void requireFfmpeg() {
		boolean available = Files.isExecutable(FFMPEG) && Files.isExecutable(FFMPEG.resolveSibling("ffprobe"));
		if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but ffmpeg is missing: apt-get install -y ffmpeg");
		}
		Assumptions.assumeTrue(available, "ffmpeg not installed: apt-get install -y ffmpeg");
	}

	/** Three seconds of test picture (320x180) and tone, H.264/AAC in MP4: web-ready. */
	public static byte[] h264() {
		return make("h264.mp4", "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=3", "-f", "lavfi", "-i",
				"sine=frequency=440:duration=3", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
				"-c:a", "aac", "-shortest");
	}

	/** The same as HEVC (libx265) in MP4, as phones record: to be transcoded. */
	static byte[] hevc() {
		return make("hevc.mp4", "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=3", "-f", "lavfi", "-i",
				"sine=frequency=440:duration=3", "-c:v", "libx265", "-preset", "ultrafast", "-x265-params",
				"log-level=error", "-tag:v", "hvc1", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest");
	}

	/** Three seconds of tone as MP3, no picture. */
	public static byte[] mp3() {
		return make("tone.mp3", "-f", "lavfi", "-i", "sine=frequency=440:duration=3", "-c:a", "libmp3lame", "-b:a",
				"64k");
	}

	/** The H.264 file cut off after a third: its index (at the end) is missing. */
	static byte[] truncated() {
		byte[] whole = h264();
		return Arrays.copyOf(whole, whole.length / 3);
	}

	/**
	 * A WAV of silence, written without ffmpeg: for tests of the upload alone.
	 */
	static byte[] wav(int seconds) {
		int rate = 8000;
		int dataLength = rate * seconds;
		ByteBuffer wav = ByteBuffer.allocate(44 + dataLength).order(ByteOrder.LITTLE_ENDIAN);
		wav.put("RIFF".getBytes()).putInt(36 + dataLength).put("WAVE".getBytes());
		wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate);
		wav.putShort((short) 1).putShort((short) 8);
		wav.put("data".getBytes()).putInt(dataLength);
		for (int i = 0; i < dataLength; i++) {
			wav.put((byte) 128);
		}
		return wav.array();
	}

	private static byte[] make(String name, String... arguments) {
		requireFfmpeg();
		return MADE.computeIfAbsent(name, (key) -> {
			Path file = FOLDER.resolve(key);
			List<String> command = new ArrayList<>(List.of(FFMPEG.toString(), "-hide_banner", "-v", "error", "-y"));
			command.addAll(List.of(arguments));
			command.add(file.toString());
			try {
				Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
				String output = new String(process.getInputStream().readAllBytes());
				if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
					throw new IllegalStateException("ffmpeg could not make " + key + ": " + output);
				}
				return Files.readAllBytes(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
	}

}
