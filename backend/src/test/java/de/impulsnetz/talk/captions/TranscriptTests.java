package de.impulsnetz.talk.captions;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transcript reads as paragraphs by speaker, each opening with the time it starts.
 */
class TranscriptTests {

	@Test
	void groupsCaptionsBySpeakerAndKeepsTheSpeakerUntilTheVoiceChanges() {
		List<Cue> cues = WebVtt.read("""
				WEBVTT

				00:00:01.000 --> 00:00:03.000
				<v Anna>Willkommen.

				00:00:03.000 --> 00:00:05.000
				Schön, dass Sie da sind.

				00:00:05.000 --> 00:00:07.000
				<v Ben>Danke!

				00:00:07.000 --> 00:00:08.000
				<v Anna>Dann legen wir los.

				00:00:20.000 --> 00:00:22.000
				Nach der Pause.

				00:00:22.000 --> 00:00:23.000

				""", null);

		Transcript transcript = Transcript.of("de", cues);

		assertThat(transcript.paragraphs()).extracting(Transcript.Paragraph::speaker)
			.containsExactly("Anna", "Ben", "Anna", "Anna");
		assertThat(transcript.paragraphs().get(0).lines()).extracting(Transcript.Line::text)
			.containsExactly("Willkommen.", "Schön, dass Sie da sind.");
		assertThat(transcript.paragraphs().get(0).first().startSeconds()).isEqualTo(1);
		assertThat(transcript.paragraphs().get(3).first().clock()).isEqualTo("00:20");
		assertThat(transcript.paragraphs().get(3).lines()).hasSize(1);
	}

	@Test
	void startsANewParagraphAfterSoManyLines() {
		StringBuilder vtt = new StringBuilder("WEBVTT\n");
		for (int i = 0; i < Transcript.LINES_PER_PARAGRAPH + 2; i++) {
			vtt.append(String.format("%n00:00:%02d.000 --> 00:00:%02d.000%nSatz %d%n", i, i + 1, i));
		}

		Transcript transcript = Transcript.of("de", WebVtt.read(vtt.toString(), null));

		assertThat(transcript.paragraphs()).hasSize(2);
		assertThat(transcript.paragraphs().get(0).speaker()).isNull();
		assertThat(transcript.paragraphs().get(1).first().text()).isEqualTo("Satz " + Transcript.LINES_PER_PARAGRAPH);
	}

}
