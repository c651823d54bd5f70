package de.impulsnetz.talk;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The talk series and their talks as the content files describe them: talks of a series
 * in the order they were held, the latest talks for the start page, one address per talk
 * within its series.
 */
@IntegrationTest
class TalkLibraryTests {

	private static final String SERIES = "impulsreihe-social-media";

	@Autowired
	TalkLibrary library;

	@Autowired
	TalkRepository talks;

	@Test
	void listsTheTalksOfASeriesInTheOrderTheyWereHeld() {
		List<Talk> held = this.library.talksOf(SERIES).collectList().block();

		assertThat(held).extracting(Talk::slug)
			.containsSubsequence("kommunikation-im-wandel", "das-format-amtfluencer");
		assertThat(held).extracting(Talk::startsAt).isSorted();
		assertThat(held).allSatisfy((talk) -> assertThat(talk.key()).isEqualTo(SERIES + "/" + talk.slug()));
	}

	@Test
	void findsATalkOnlyWithinItsSeries() {
		Talk talk = this.library.talk(SERIES, "das-format-amtfluencer").block();

		assertThat(talk.title()).isEqualTo("Das Format „Amtfluencer“");
		assertThat(talk.speakers()).extracting(Speaker::name).containsExactly("Christian Rosenberger");
		assertThat(talk.summary()).contains("## Worum es ging");
		assertThat(this.library.talk("andere-reihe", "das-format-amtfluencer").block()).isNull();
		assertThat(this.library.series(SERIES).block().organiser()).isEqualTo("kreis-steinfurt");
	}

	@Test
	void theLatestTalksComeNewestFirstAndNoMoreThanAsked() {
		List<Talk> latest = this.library.latestTalks(2).collectList().block();

		assertThat(latest).hasSize(2);
		assertThat(latest.get(0).startsAt()).isAfterOrEqualTo(latest.get(1).startsAt());
	}

	@Test
	void aTalkAddressIsUniqueWithinItsSeries() {
		Talk copy = new Talk(null, SERIES, "kommunikation-im-wandel", "Kopie", Instant.now(), 30, List.of(), "", null,
				null, null);

		assertThatThrownBy(() -> this.talks.insert(copy).block()).isInstanceOf(DuplicateKeyException.class);
	}

}
