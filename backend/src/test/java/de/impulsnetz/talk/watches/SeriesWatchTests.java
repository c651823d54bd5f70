package de.impulsnetz.talk.watches;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.TestMailServer;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkFixture;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.publication.TalkPublished;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.summary.TalkSummaries;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Watching a series from its page, and the one mail per publication that follows,
 * received by an in-process SMTP server (GreenMail); the unsubscribe link works without
 * login, and erasing the member's data ends the watch.
 */
@IntegrationTest
class SeriesWatchTests {

	@RegisterExtension
	static final TestMailServer SMTP = new TestMailServer();

	private final PageClient pages;

	private final TalkFixture fixture;

	private final TalkSeries series;

	private final Member watcher = Members.member("reihe", (int) (Math.random() * 1_000_000));

	@Autowired
	TalkSummaries summaries;

	@Autowired
	SeriesWatches watches;

	@Autowired
	ReactiveEvents events;

	@Autowired
	List<MemberDataHolder> memberData;

	SeriesWatchTests(@Autowired ApplicationContext context, @Autowired TalkLibrary library) {
		this.pages = new PageClient(context);
		this.fixture = new TalkFixture(library);
		this.series = this.fixture.series("Impulse zum Beobachten", "stadt-altena");
	}

	@Test
	void aWatcherGetsOneMailWhenASummaryIsPublishedUntilUnsubscribed() throws Exception {
		watch("ja");
		assertThat(this.pages.get(this.watcher, "/impulse/" + this.series.slug(), HttpStatus.OK))
			.contains("Nicht mehr beobachten");
		Talk talk = this.fixture.talk(this.series, "Krisen kommunizieren", Instant.now().minus(1, ChronoUnit.DAYS), "");

		this.summaries.save(this.series.slug(), talk.slug(), Members.ORGANISER, "Ruhig bleiben.", 0)
			.then(this.summaries.publish(this.series.slug(), talk.slug(), Members.ORGANISER, 1))
			.block();
		// Publishing the same version again tells nobody twice.
		this.summaries.publish(this.series.slug(), talk.slug(), Members.ORGANISER, 1).block();

		await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length > 0);
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(2))
			.until(() -> SMTP.getReceivedMessages().length == 1);
		MimeMessage mail = SMTP.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(this.watcher.email());
		assertThat(mail.getSubject()).isEqualTo("Neue Zusammenfassung: Krisen kommunizieren");
		String text = (String) mail.getContent();
		assertThat(text).contains("/impulse/" + talk.key())
			.contains("weil Sie im Impulsnetz die Impulsreihe „Impulse zum Beobachten“ beobachten");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/benachrichtigungen/impulse/");

		Matcher link = Pattern.compile("/benachrichtigungen/impulse/([A-Za-z0-9_-]+)").matcher(text);
		assertThat(link.find()).isTrue();
		String path = link.group();
		assertThat(this.pages.get(null, path, HttpStatus.OK)).contains("Keine Mails mehr dazu")
			.contains("action=\"" + path + "\"");
		this.pages.anonymous().post().uri(path).exchange().expectStatus().isOk();
		assertThat(this.watches.isWatching(this.watcher, this.series.slug()).block()).isFalse();
		this.pages.anonymous().post().uri(path).exchange().expectStatus().isNotFound();
	}

	@Test
	void aPublishedRecordingIsMailedToo() throws Exception {
		watch("ja");
		Talk talk = this.fixture.talk(this.series, "Videos im Hochformat", Instant.now().minus(1, ChronoUnit.DAYS), "");

		this.events.publish(new TalkPublished(talk.id(), this.series.slug(), talk.slug())).block();

		await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length > 0);
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
		assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Neue Aufnahme: Videos im Hochformat");
	}

	@Test
	void stoppingOrErasingTheMembersDataEndsTheWatch() {
		watch("ja");
		assertThat(this.watches.isWatching(this.watcher, this.series.slug()).block()).isTrue();
		watch("nein");
		assertThat(this.watches.isWatching(this.watcher, this.series.slug()).block()).isFalse();

		watch("ja");
		MemberDataHolder holder = this.memberData.stream()
			.filter((data) -> data.key().equals("impulsreihenBeobachtet"))
			.findFirst()
			.orElseThrow();
		assertThat(holder.export(this.watcher).block().toString()).contains(this.series.slug());
		holder.erase(this.watcher).block();

		assertThat(this.watches.isWatching(this.watcher, this.series.slug()).block()).isFalse();
	}

	private void watch(String value) {
		this.pages.as(this.watcher)
			.post()
			.uri("/impulse/" + this.series.slug() + "/beobachten")
			.body(BodyInserters.fromFormData("wert", value))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
	}

}
