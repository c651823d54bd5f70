package de.impulsnetz.talk.recording;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload is told by its first bytes, whatever its name or claimed type.
 */
class RecordingFormatTests {

	@Test
	void recognisesTheContainersPeopleRecordIn() {
		assertThat(RecordingFormat.of(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm')))
			.contains(RecordingFormat.MP4);
		assertThat(RecordingFormat.of(bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ')))
			.contains(RecordingFormat.MP4);
		assertThat(RecordingFormat.of(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 1, 0x42, 0xF7, 0x81)))
			.contains(RecordingFormat.WEBM);
		assertThat(RecordingFormat.of(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E')))
			.contains(RecordingFormat.WAV);
		assertThat(RecordingFormat.of(bytes('I', 'D', '3', 4, 0, 0, 0, 0, 0, 0x23, 0, 0)))
			.contains(RecordingFormat.MP3);
		// MPEG-1 layer III, 128 kbit/s, 44.1 kHz
		assertThat(RecordingFormat.of(bytes(0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0)))
			.contains(RecordingFormat.MP3);
	}

	@Test
	void refusesTextImagesAndOtherRiffFilesWhateverTheyAreCalled() {
		assertThat(RecordingFormat.of("Das ist kein Video, nur Text.".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(RecordingFormat.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D))).isEmpty();
		assertThat(RecordingFormat.of(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'A', 'V', 'I', ' '))).isEmpty();
		assertThat(RecordingFormat.of(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0))).isEmpty();
		assertThat(RecordingFormat.of(bytes('f', 't', 'y', 'p'))).isEmpty();
		assertThat(RecordingFormat.of(new byte[0])).isEmpty();
	}

	@Test
	void needsOnlyTheFirstTwelveBytes() {
		byte[] mp4 = bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'm', 'p', '4', '2');
		assertThat(RecordingFormat.of(Arrays.copyOf(mp4, RecordingFormat.HEAD))).contains(RecordingFormat.MP4);
		assertThat(RecordingFormat.of(Arrays.copyOf(mp4, 8))).isEmpty();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
