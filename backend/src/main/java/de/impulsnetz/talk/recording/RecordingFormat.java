package de.impulsnetz.talk.recording;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an upload is, told by its first bytes, never by its name or the type the client
 * claims: ffprobe confirms it when the job runs.
 */
public enum RecordingFormat {

	/** MP4, MOV, M4A: an ISO base media file ({@code ftyp} box first). */
	MP4("video/mp4"),

	/** WebM and Matroska (EBML header). */
	WEBM("video/webm"),

	/** MP3 with an ID3 tag or starting with a frame. */
	MP3("audio/mpeg"),

	/** WAV (RIFF/WAVE). */
	WAV("audio/wav");

	/** How many bytes {@link #of} needs to tell. */
	public static final int HEAD = 12;

	private final String mediaType;

	RecordingFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The format of a file that starts with these bytes (at least {@link #HEAD} of them
	 * unless the file is shorter); empty when it is none of the accepted ones.
	 */
	public static Optional<RecordingFormat> of(byte[] head) {
		if (head.length >= 12 && ascii(head, 4, "ftyp")) {
			return Optional.of(MP4);
		}
		if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
				&& (head[3] & 0xFF) == 0xA3) {
			return Optional.of(WEBM);
		}
		if (head.length >= 12 && ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
			return Optional.of(WAV);
		}
		if (head.length >= 10 && ascii(head, 0, "ID3")) {
			return Optional.of(MP3);
		}
		if (head.length >= 4 && isMpegAudioFrame(head)) {
			return Optional.of(MP3);
		}
		return Optional.empty();
	}

	/**
	 * An MPEG audio frame header: eleven sync bits, a valid version, layer III, a bitrate
	 * and a sample rate that exist.
	 */
	private static boolean isMpegAudioFrame(byte[] head) {
		int b1 = head[1] & 0xFF;
		int b2 = head[2] & 0xFF;
		boolean sync = (head[0] & 0xFF) == 0xFF && (b1 & 0xE0) == 0xE0;
		boolean version = ((b1 >> 3) & 0x03) != 0x01;
		boolean layerThree = ((b1 >> 1) & 0x03) == 0x01;
		boolean bitrate = ((b2 >> 4) & 0x0F) != 0x0F && ((b2 >> 4) & 0x0F) != 0;
		boolean sampleRate = ((b2 >> 2) & 0x03) != 0x03;
		return sync && version && layerThree && bitrate && sampleRate;
	}

	private static boolean ascii(byte[] bytes, int offset, String text) {
		byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
		return Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
	}

}
