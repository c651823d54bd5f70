package de.impulsnetz.talk.captions;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chapters as organisers paste them or fill in rows.
 */
class ChaptersTests {

	@Test
	void readsPastedLinesInTheUsualShapes() {
		List<Chapter> chapters = Chapters.fromText("""
				00:00 Begrüßung

				4:30 – Worum es geht
				12:05.5 Beispiele aus Steinfurt
				1:02:03 Fragen
				""", null);

		assertThat(chapters).extracting(Chapter::title)
			.containsExactly("Begrüßung", "Worum es geht", "Beispiele aus Steinfurt", "Fragen");
		assertThat(chapters).extracting(Chapter::start)
			.containsExactly(Duration.ZERO, Duration.ofSeconds(270), Duration.ofMillis(725_500),
					Duration.ofSeconds(3723));
		assertThat(chapters).extracting(Chapter::clock).containsExactly("00:00", "04:30", "12:05", "1:02:03");
	}

	@Test
	void namesEveryWrongLine() {
		assertThatThrownBy(() -> Chapters.fromText("""
				00:00 Begrüßung
				Ohne Zeit
				05:00
				04:00 Zurück
				1:75:00 Unmögliche Minute
				""", null)).isInstanceOfSatisfying(ChaptersInvalid.class,
				(invalid) -> assertThat(invalid.errors())
					.extracting(ChaptersInvalid.Error::position, ChaptersInvalid.Error::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "talk.captions.chapters.startMissing"),
							org.assertj.core.groups.Tuple.tuple(3, "talk.captions.chapters.titleMissing"),
							org.assertj.core.groups.Tuple.tuple(4, "talk.captions.chapters.order"),
							org.assertj.core.groups.Tuple.tuple(5, "talk.captions.chapters.time")));
	}

	@Test
	void refusesChaptersThatStartAfterTheRecording() {
		assertThatThrownBy(() -> Chapters.fromText("00:00 Anfang\n61:00 Nach dem Ende", Duration.ofHours(1)))
			.isInstanceOfSatisfying(ChaptersInvalid.class, (invalid) -> {
				assertThat(invalid.errors()).singleElement().satisfies((error) -> {
					assertThat(error.position()).isEqualTo(2);
					assertThat(error.messageKey()).isEqualTo("talk.captions.chapters.beyondDuration");
					assertThat(error.arguments()).containsExactly("1:01:00", "1:00:00");
				});
			});
	}

	@Test
	void readsRowsSkippingEmptyOnesAndNamesTheFieldOfAWrongRow() {
		List<Chapter> chapters = Chapters.fromRows(Arrays.asList(new Chapters.Row("00:00", "Anfang"),
				new Chapters.Row("", " "), null, new Chapters.Row("10:00", "Mitte")), null);

		assertThat(chapters).extracting(Chapter::title).containsExactly("Anfang", "Mitte");
		assertThatThrownBy(
				() -> Chapters.fromRows(List.of(new Chapters.Row("00:00", "Anfang"), new Chapters.Row("zehn", "Mitte"),
						new Chapters.Row("20:00", "x".repeat(Chapters.MAX_TITLE + 1))), null))
			.isInstanceOfSatisfying(ChaptersInvalid.class,
					(invalid) -> assertThat(invalid.errors())
						.extracting(ChaptersInvalid.Error::position, ChaptersInvalid.Error::field)
						.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "start"),
								org.assertj.core.groups.Tuple.tuple(2, "title")));
	}

}
