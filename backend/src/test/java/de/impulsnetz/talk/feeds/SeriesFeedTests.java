package de.impulsnetz.talk.feeds;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkFixture;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.publication.TalkPublished;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.summary.TalkSummaries;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feeds of a series, read back with the libraries calendar and feed readers use: the
 * iCalendar has the announced talks (not the past ones), the Atom feed the published
 * summaries and recordings, linked from the public address.
 */
@IntegrationTest
class SeriesFeedTests {

	private final PageClient pages;

	private final TalkFixture fixture;

	private final TalkSeries series;

	@Autowired
	TalkSummaries summaries;

	@Autowired
	ReactiveEvents events;

	@Value("${impulsnetz.public-url}")
	String publicUrl;

	SeriesFeedTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library) {
		this.pages = new PageClient(context);
		this.fixture = new TalkFixture(library);
		this.series = this.fixture.series("Impulse aus Altena", "stadt-altena");
	}

	@Test
	void theCalendarHasTheAnnouncedTalksOfTheSeries() throws Exception {
		Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Talk announced = this.fixture.talk(this.series, "Kommentare\r\nmoderieren", start, "");
		Talk past = this.fixture.talk(this.series, "Schon gehalten", Instant.now().minus(1, ChronoUnit.DAYS), "");

		String ics = this.pages.anonymous()
			.get()
			.uri("/impulse/" + this.series.slug() + ".ics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/calendar")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> talks = calendar.getComponents(Component.VEVENT);
		assertThat(talks).hasSize(1);
		VEvent event = talks.get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("Kommentare\nmoderieren").isNotEqualTo(past.title());
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(announced.id() + "@impulsnetz");
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start);
		assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(start.plus(45, ChronoUnit.MINUTES));
		assertThat(event.getProperty(Property.URL).orElseThrow().getValue())
			.isEqualTo(this.publicUrl + "/impulse/" + announced.key());
		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Impulse aus Altena");
	}

	@Test
	void unknownSeriesHaveNoFeeds() {
		this.pages.anonymous().get().uri("/impulse/gibt-es-nicht-4711.ics").exchange().expectStatus().isNotFound();
		this.pages.anonymous()
			.get()
			.uri("/impulse/gibt-es-nicht-4711/feed.atom")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theAtomFeedHasThePublishedSummariesAndRecordings() throws Exception {
		Talk summarised = this.fixture.talk(this.series, "Redaktionsplan im Team",
				Instant.now().minus(7, ChronoUnit.DAYS), "");
		Talk recorded = this.fixture.publishedTalk(this.series, "Live auf Instagram",
				Instant.now().minus(2, ChronoUnit.DAYS));
		Talk unpublished = this.fixture.talk(this.series, "Noch ohne Zusammenfassung",
				Instant.now().minus(1, ChronoUnit.DAYS), "");
		this.summaries.save(this.series.slug(), summarised.slug(), Members.ORGANISER, "Ein **Plan** hilft.", 0)
			.then(this.summaries.publish(this.series.slug(), summarised.slug(), Members.ORGANISER, 1))
			.block();
		this.summaries.save(this.series.slug(), unpublished.slug(), Members.ORGANISER, "Entwurf.", 0).block();
		this.events.publish(new TalkPublished(recorded.id(), this.series.slug(), recorded.slug())).block();

		String atom = this.pages.anonymous()
			.get()
			.uri("/impulse/" + this.series.slug() + "/feed.atom")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/atom+xml")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
		assertThat(feed.getTitle()).isEqualTo("Impulse aus Altena – Impulse im Impulsnetz");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactlyInAnyOrder("Zusammenfassung: Redaktionsplan im Team", "Aufnahme: Live auf Instagram");
		SyndEntry summary = feed.getEntries()
			.stream()
			.filter((entry) -> entry.getTitle().startsWith("Zusammenfassung"))
			.findFirst()
			.orElseThrow();
		assertThat(summary.getLink()).isEqualTo(this.publicUrl + "/impulse/" + summarised.key());
		assertThat(summary.getContents().get(0).getValue()).contains("<strong>Plan</strong>");
		assertThat(atom).doesNotContain("Entwurf.");
	}

	@Test
	void theSeriesPageLinksItsFeeds() {
		String page = this.pages.get(null, "/impulse/" + this.series.slug(), HttpStatus.OK);

		assertThat(page).contains("/impulse/" + this.series.slug() + ".ics")
			.contains("/impulse/" + this.series.slug() + "/feed.atom")
			.doesNotContain("Reihe beobachten");
	}

}
