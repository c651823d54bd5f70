package de.impulsnetz.talk.recording.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one range of a {@code Range} header, as RFC 9110 defines it.
 */
class MediaRangeTests {

	private static final long LENGTH = 1000;

	@Test
	void readsClosedOpenAndSuffixRanges() {
		assertThat(MediaRange.of("bytes=0-0", LENGTH)).isEqualTo(new MediaRange(0, 0));
		assertThat(MediaRange.of("bytes=100-199", LENGTH)).isEqualTo(new MediaRange(100, 199));
		assertThat(MediaRange.of("bytes=999-999", LENGTH)).isEqualTo(new MediaRange(999, 999));
		assertThat(MediaRange.of("bytes=500-", LENGTH)).isEqualTo(new MediaRange(500, 999));
		assertThat(MediaRange.of("bytes=-500", LENGTH)).isEqualTo(new MediaRange(500, 999));
		assertThat(MediaRange.of("bytes=-5000", LENGTH)).isEqualTo(new MediaRange(0, 999));
		assertThat(MediaRange.of("bytes=900-5000", LENGTH)).isEqualTo(new MediaRange(900, 999));
		assertThat(MediaRange.of("bytes=100-199", LENGTH).length()).isEqualTo(100);
	}

	@Test
	void aRangeBeyondTheEndIsUnsatisfiable() {
		assertThat(MediaRange.of("bytes=1000-", LENGTH)).isSameAs(MediaRange.UNSATISFIABLE);
		assertThat(MediaRange.of("bytes=1000-2000", LENGTH)).isSameAs(MediaRange.UNSATISFIABLE);
		assertThat(MediaRange.of("bytes=-0", LENGTH)).isSameAs(MediaRange.UNSATISFIABLE);
		assertThat(MediaRange.of("bytes=0-", 0)).isSameAs(MediaRange.UNSATISFIABLE);
	}

	@Test
	void ignoresWhatItDoesNotServeSoThatTheWholeFileIsSent() {
		assertThat(MediaRange.of(null, LENGTH)).isNull();
		assertThat(MediaRange.of("bytes=0-1,5-6", LENGTH)).isNull();
		assertThat(MediaRange.of("items=0-1", LENGTH)).isNull();
		assertThat(MediaRange.of("bytes=200-100", LENGTH)).isNull();
		assertThat(MediaRange.of("bytes=-", LENGTH)).isNull();
		assertThat(MediaRange.of("bytes=99999999999999999999999-", LENGTH)).isNull();
	}

}
