package de.impulsnetz.talk;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Announced talks, soonest first, under "Demnächst" on {@code /impulse} and on the start
 * page; talks that were held are not announced any more.
 */
@IntegrationTest
class UpcomingTalksTests {

	private final PageClient pages;

	private final TalkLibrary library;

	private final TalkFixture fixture;

	UpcomingTalksTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library) {
		this.pages = new PageClient(context);
		this.library = library;
		this.fixture = new TalkFixture(library);
	}

	@Test
	void announcedTalksAreShownSoonestFirstUnderDemnaechst() {
		TalkSeries series = this.fixture.series("Reihe mit Ankündigungen", "stadt-altena");
		Talk soon = this.fixture.talk(series, "Gleich geht es los", Instant.now().plus(1, ChronoUnit.HOURS), "");
		Talk later = this.fixture.talk(series, "Etwas später", Instant.now().plus(2, ChronoUnit.HOURS), "");
		Talk held = this.fixture.talk(series, "Schon vorbei", Instant.now().minus(1, ChronoUnit.HOURS), "");

		List<Talk> upcoming = this.library.upcomingTalks(50).collectList().block();
		assertThat(upcoming).extracting(Talk::startsAt)
			.isSorted()
			.allSatisfy((start) -> assertThat(start).isInTheFuture());
		assertThat(upcoming).extracting(Talk::id).containsSubsequence(soon.id(), later.id()).doesNotContain(held.id());

		String list = this.pages.get(null, "/impulse", HttpStatus.OK);
		String announced = list.substring(list.indexOf("id=\"demnaechst-titel\""),
				list.indexOf("</section>", list.indexOf("id=\"demnaechst-titel\"")));
		assertThat(announced).contains("Gleich geht es los").doesNotContain("Schon vorbei");
		assertThat(this.pages.get(null, "/", HttpStatus.OK)).contains("Demnächst: Impulse")
			.contains("/impulse/" + soon.key());
	}

}
