package de.impulsnetz.practice.watches;

import de.impulsnetz.Members;
import de.impulsnetz.TestMailServer;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.comments.Comment;
import de.impulsnetz.practice.comments.PracticeComments;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeAuthoringTests;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Watching a topic or a case, and the mails that follow, received by an in-process SMTP
 * server (GreenMail); every mail carries an unsubscribe link that works without login.
 */
@IntegrationTest
class PracticeWatchTests {

	private final PageClient pages;

	PracticeWatchTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@RegisterExtension
	static final TestMailServer SMTP = new TestMailServer();

	private static final Member WATCHER = new Member("m-watcher", "wanda", "Wanda Wachsam", "wanda@stadt-altena.de",
			"stadt-altena", Set.of(Role.MEMBER));

	@Autowired
	PracticeAuthoring authoring;

	@Autowired
	PracticeComments comments;

	@Autowired
	PracticeWatches watches;

	@Test
	void aWatchedTopicSendsAMailWhenAPracticeIsPublishedUntilUnsubscribed() throws Exception {
		this.pages.as(WATCHER)
			.post()
			.uri("/praxis/beobachten")
			.body(BodyInserters.fromFormData("thema", "Bürgerbeteiligung").with("wert", "ja"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();

		publish("Beteiligung per Story-Umfrage");
		MimeMessage mail = awaitMail();
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wanda@stadt-altena.de");
		assertThat(mail.getSubject()).isEqualTo("Neues Praxisbeispiel: Beteiligung per Story-Umfrage");
		String text = (String) mail.getContent();
		assertThat(text).contains("das Thema „Bürgerbeteiligung“ beobachten");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/benachrichtigungen/");

		Matcher link = Pattern.compile("/benachrichtigungen/([A-Za-z0-9_-]+)").matcher(text);
		assertThat(link.find()).isTrue();
		String path = "/benachrichtigungen/" + link.group(1);
		this.pages.anonymous()
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Keine Mails mehr dazu").contains("action=\"" + path + "\""));
		// No login and no CSRF token: the token in the link is the proof.
		this.pages.anonymous()
			.post()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Abbestellt."));

		SMTP.purgeEmailFromAllMailboxes();
		publish("Noch eine Umfrage zur Beteiligung");
		assertNoMailFor(Duration.ofSeconds(1));
	}

	@Test
	void aWatchedPracticeSendsAMailWhenAQuestionIsAnswered() throws Exception {
		String slug = "stellenanzeigen-als-humorvolle-videos";
		this.watches.watch(WATCHER, Watch.Kind.CASE, slug).block();
		this.watches.watch(WATCHER, Watch.Kind.CASE, slug).block();
		Comment question = this.comments.write(slug, WATCHER, "Wer schneidet die Videos?", null).block();
		assertThat(SMTP.getReceivedMessages()).isEmpty();
		this.comments.write(slug, Members.EDITOR, "Das Team selbst, am Handy.", question.id()).block();
		MimeMessage mail = awaitMail();
		assertThat(mail.getSubject()).isEqualTo("Neue Antwort: Stellenanzeigen als humorvolle Videos");
		// Watching twice still means one mail.
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(2))
			.until(() -> SMTP.getReceivedMessages().length == 1);
	}

	private void publish(String title) {
		Practice draft = this.authoring
			.create(Members.STEINFURT, PracticeAuthoringTests.content(title, List.of("kreis-steinfurt")))
			.block();
		this.authoring.submit(draft.slug(), Members.STEINFURT).block();
		this.authoring.publish(draft.slug(), Members.EDITOR, draft.revision()).block();
	}

	private static void assertNoMailFor(Duration quiet) {
		await().during(quiet).atMost(quiet.plusSeconds(1)).until(() -> SMTP.getReceivedMessages().length == 0);
	}

	private static MimeMessage awaitMail() {
		await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length > 0);
		return SMTP.getReceivedMessages()[0];
	}

}
