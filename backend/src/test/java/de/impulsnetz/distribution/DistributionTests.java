package de.impulsnetz.distribution;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.SignedIn;
import de.impulsnetz.TestMailServer;
import de.impulsnetz.distribution.DistributionLists.ListInfo;
import de.impulsnetz.distribution.DistributionLists.ListRights;
import de.impulsnetz.distribution.DistributionLists.Recipient;
import de.impulsnetz.distribution.StaticDistributionLists.StoredList;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.mail.Outbox;
import de.impulsnetz.shared.Berlin;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Verteiler on the shared application context, its lists kept as documents
 * ({@link StaticDistributionLists}) and its mails received by GreenMail: who may read,
 * write and moderate, the hourly limit, sanitised text, every message vs. weekly digest
 * vs. none, the unsubscribe link, export and erasure, and a restart while mailing 200
 * people.
 */
@IntegrationTest
class DistributionTests {

	@RegisterExtension
	static final TestMailServer SMTP = new TestMailServer();

	private final PageClient pages;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Distribution distribution;

	@Autowired
	SubscriptionStore subscriptions;

	@Autowired
	DistributionWorker worker;

	@Autowired
	DistributionMails mails;

	@Autowired
	DistributionMemberData memberData;

	@Autowired
	Outbox outbox;

	@Autowired
	ListDirectory directory;

	@Autowired
	Clock clock;

	DistributionTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	void onlyThePeopleOfAListReadAndWriteAndOnlyItsModeratorsHide() {
		Member person = person("rechte", 1);
		Member coordinator = person("rechte", 2);
		Member outsider = person("rechte", 3);
		list("rechte", List.of(person), List.of(coordinator));

		// Anonymous readers are sent to the login, others refused, unknown lists not
		// found.
		this.pages.anonymous().get().uri("/verteiler/rechte").exchange().expectStatus().is3xxRedirection();
		this.pages.get(outsider, "/verteiler/rechte", HttpStatus.FORBIDDEN);
		this.pages.get(person, "/verteiler/gibt-es-nicht", HttpStatus.NOT_FOUND);
		this.pages.post(outsider, "/verteiler/rechte/nachrichten", form("Hallo", "Von außen"), HttpStatus.FORBIDDEN);

		assertThat(this.pages.redirect(person, "/verteiler/rechte/nachrichten",
				form("Treffen", "Wir treffen uns im **März**.")))
			.isEqualTo("/verteiler/rechte?gesendet#meldung");
		ListMessage sent = messages("rechte").get(0);
		String page = this.pages.get(person, "/verteiler/rechte?gesendet", HttpStatus.OK);
		assertThat(page).contains("Treffen").contains("<strong>März</strong>").contains("id=\"meldung\"");
		assertThat(page).doesNotContain("/ausblenden");

		String thread = "/verteiler/rechte/nachrichten/" + sent.id();
		this.pages.post(person, thread + "/ausblenden", hide(true), HttpStatus.FORBIDDEN);
		assertThat(this.pages.redirect(person, thread + "/melden", new LinkedMultiValueMap<>()))
			.isEqualTo(thread + "?gemeldet#meldung");
		assertThat(this.pages.get(coordinator, thread, HttpStatus.OK)).contains("1 Meldung").contains("Ausblenden");
		assertThat(this.pages.redirect(coordinator, thread + "/ausblenden", hide(true)))
			.isEqualTo(thread + "?ausgeblendet#meldung");

		// Hidden: gone for the people of the list, kept for the moderators.
		assertThat(this.pages.get(person, "/verteiler/rechte", HttpStatus.OK)).doesNotContain("Treffen")
			.contains("Bisherige Nachrichten (0)");
		this.pages.get(person, thread, HttpStatus.NOT_FOUND);
		assertThat(this.pages.get(coordinator, "/verteiler/rechte", HttpStatus.OK)).contains("Treffen")
			.contains("ausgeblendet");
		this.pages.post(person, thread + "/antworten", form(null, "Und jetzt?"), HttpStatus.NOT_FOUND);

		this.pages.redirect(coordinator, thread + "/ausblenden", hide(false));
		assertThat(this.pages.get(person, thread, HttpStatus.OK)).contains("Treffen");
	}

	@Test
	void repliesHangUnderTheirMessageOneLevelDeep() {
		Member person = person("antwort", 1);
		list("antwort", List.of(person), List.of());
		ListMessage first = this.distribution.post("antwort", person, "Frage", "Wer macht mit?", null).block();
		String thread = "/verteiler/antwort/nachrichten/" + first.id();
		assertThat(this.pages.redirect(person, thread + "/antworten", form(null, "Ich!")))
			.isEqualTo(thread + "?beantwortet#meldung");
		ListMessage reply = messages("antwort").stream().filter(ListMessage::isReply).findFirst().orElseThrow();
		assertThat(reply.replyTo()).isEqualTo(first.id());
		assertThat(this.pages.get(person, thread, HttpStatus.OK)).contains("1 Antwort").contains("<p>Ich!</p>");
		assertThat(this.pages.get(person, "/verteiler/antwort", HttpStatus.OK)).contains("1 Antwort")
			.doesNotContain("<p>Ich!</p>");
		StepVerifier.create(this.distribution.post("antwort", person, null, "Auf die Antwort", reply.id()))
			.expectErrorSatisfies((refused) -> assertThat(((DistributionRefused) refused).messageKey())
				.isEqualTo("distribution.refused.reply"))
			.verify();
	}

	@Test
	void aSixthMessageWithinAnHourIsRefusedInGermanAndTheTextStays() {
		Member person = person("limit", 1);
		list("limit", List.of(person), List.of());
		for (int n = 1; n <= Distribution.PER_HOUR; n++) {
			this.pages.redirect(person, "/verteiler/limit/nachrichten", form("Nummer " + n, "Text " + n));
		}
		String page = this.pages.post(person, "/verteiler/limit/nachrichten",
				form("Nummer 6", "Mein **sechster** Text"), HttpStatus.TOO_MANY_REQUESTS);
		assertThat(page).contains("Sie haben in der letzten Stunde schon 5 Nachrichten geschrieben")
			.contains("fehler-uebersicht")
			.contains("Mein **sechster** Text")
			.contains("value=\"Nummer 6\"");
		assertThat(messages("limit")).hasSize(Distribution.PER_HOUR);

		Map<String, Object> problem = this.pages.api(person, HttpMethod.POST, "/api/v1/verteiler/limit/nachrichten",
				Map.of("text", "Noch einer"), HttpStatus.TOO_MANY_REQUESTS);
		assertThat(problem.get("detail")).asString().startsWith("Sie haben in der letzten Stunde schon 5 Nachrichten");
	}

	@Test
	void scriptsAndForeignImagesInATextAreNeverShown() {
		Member person = person("sauber", 1);
		list("sauber", List.of(person), List.of());
		ListMessage sent = this.distribution
			.post("sauber", person, "Test",
					"<script>alert(1)</script> [Link](javascript:alert(2)) ![x](https://tracker.example/p.gif)", null)
			.block();
		String page = this.pages.get(person, "/verteiler/sauber/nachrichten/" + sent.id(), HttpStatus.OK);
		assertThat(page).doesNotContain("<script>alert")
			.doesNotContain("href=\"javascript")
			.doesNotContain("src=\"https://tracker.example");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		StepVerifier.create(this.distribution.post("sauber", person, "  ", "  \n ", null))
			.expectError(DistributionRefused.class)
			.verify();
	}

	@Test
	void theApiListsAndTakesMessagesWithTheRulesOfThePages() {
		Member person = person("api", 1);
		list("api", List.of(person), List.of());
		Map<String, Object> created = this.pages.api(person, HttpMethod.POST, "/api/v1/verteiler/api/nachrichten",
				Map.of("titel", "Per API", "text", "Hallo *alle*"), HttpStatus.CREATED);
		assertThat(created.get("titel")).isEqualTo("Per API");
		assertThat(created.get("html")).asString().contains("<em>alle</em>");
		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(person))
			.get()
			.uri("/api/v1/verteiler/api/nachrichten")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Total-Count", "1")
			.expectBody()
			.jsonPath("$[0].autor")
			.isEqualTo(person.name());

		this.pages.anonymous()
			.mutateWith(SignedIn.bearer(person))
			.get()
			.uri("/api/v1/verteiler")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.slug == 'api')].titel")
			.isEqualTo("Liste api")
			.jsonPath("$[?(@.slug == 'rechte')]")
			.doesNotExist();
		this.pages.anonymous().get().uri("/api/v1/verteiler").exchange().expectBody().json("[]");

		Map<String, Object> refused = this.pages.api(person("api", 2), HttpMethod.GET,
				"/api/v1/verteiler/api/nachrichten", null, HttpStatus.FORBIDDEN);
		assertThat(refused.get("detail")).isEqualTo("Den Verteiler lesen nur die Personen der Arbeitsgruppe.");
		assertThat(this.pages
			.api(person, HttpMethod.GET, "/api/v1/verteiler/nirgends/nachrichten", null, HttpStatus.NOT_FOUND)
			.get("detail")).isEqualTo("Diesen Verteiler oder diese Nachricht gibt es nicht.");
		this.pages.api(null, HttpMethod.GET, "/api/v1/verteiler/api/nachrichten", null, HttpStatus.UNAUTHORIZED);
		this.pages.api(null, HttpMethod.POST, "/api/v1/verteiler/api/nachrichten", Map.of("text", "x"),
				HttpStatus.UNAUTHORIZED);
	}

	@Test
	void everyMessageDigestAndNoneEachGetWhatTheyChoseAndTheLinkUnsubscribes() throws Exception {
		Member writer = person("wahl", 0);
		Member every = person("wahl", 1);
		Member digest = person("wahl", 2);
		Member none = person("wahl", 3);
		list("wahl", List.of(writer, every, digest, none), List.of());
		this.pages.redirect(digest, "/verteiler/wahl/einstellungen", choice(Delivery.DIGEST));
		this.pages.redirect(none, "/verteiler/wahl/einstellungen", choice(Delivery.NONE));
		assertThat(this.pages.get(digest, "/verteiler/wahl/einstellungen?gespeichert", HttpStatus.OK))
			.containsPattern("value=\"DIGEST\"\\s+checked");

		this.distribution.post("wahl", writer, "Protokoll", "Das Protokoll ist da.", null).block();
		MimeMessage mail = onlyMailTo("wahl");
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(every.email());
		assertThat(mail.getSubject()).isEqualTo("[Liste wahl] Protokoll");
		String text = (String) mail.getContent();
		assertThat(text).contains("Das Protokoll ist da.").contains("/verteiler/wahl/einstellungen");
		String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).matches("<https?://.+/benachrichtigungen/verteiler/[A-Za-z0-9_-]+>");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

		// The week's digest: one mail for the one who chose it, however often it runs.
		// Hidden before the week ended (stored as mailed, so that it makes no mail of its
		// own).
		Instant now = this.clock.instant();
		this.mongo
			.insert(new ListMessage(null, "wahl", null, writer.id(), writer.name(), "Versehen", "Bitte ignorieren", now,
					Set.of(), ADMIN.id(), now, 0, null, null))
			.block();
		LocalDate monday = LocalDate.now(this.clock.withZone(Berlin.ZONE))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> messages("wahl").stream().allMatch((m) -> m.mailedAt() != null));
		SMTP.purgeEmailFromAllMailboxes();
		assertThat(this.worker.sendDigests(monday).block()).isPositive();
		assertThat(this.worker.sendDigests(monday).block()).isZero();
		MimeMessage weekly = onlyMailTo("wahl");
		assertThat(weekly.getAllRecipients()[0].toString()).isEqualTo(digest.email());
		assertThat(weekly.getSubject()).startsWith("[Liste wahl] Die Nachrichten der Woche ab ");
		assertThat((String) weekly.getContent()).contains("Das Protokoll ist da.").doesNotContain("Bitte ignorieren");

		// One click: no login, no CSRF token, the secret in the link is the proof.
		String path = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)).getPath();
		assertThat(this.pages.get(null, path, HttpStatus.OK)).contains("Liste wahl").contains("Keine Mails mehr dazu");
		this.pages.anonymous()
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("List-Unsubscribe=One-Click")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Abbestellt."));
		assertThat(this.subscriptions.find("wahl", every.id()).block().delivery()).isEqualTo(Delivery.NONE);
		this.pages.anonymous()
			.post()
			.uri("/benachrichtigungen/verteiler/falsch")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theExportHasAMembersMessagesAndErasureKeepsThemAsAFormerMembers() {
		Member person = person("export", 1);
		Member other = person("export", 2);
		list("export", List.of(person, other), List.of());
		ListMessage mine = this.distribution.post("export", person, "Meins", "Mein Text", null).block();
		this.distribution.post("export", other, null, "Antwort darauf", mine.id()).block();
		this.subscriptions.choose("export", person.id(), Delivery.DIGEST).block();
		// Erased with the account, she is no longer in the group: the mails to her are
		// made.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> messages("export").stream().allMatch((message) -> message.mailedAt() != null));

		assertThat(this.memberData.export(person).block()).asString()
			.contains("Mein Text")
			.contains("verteiler=export")
			.contains("DIGEST");
		this.memberData.erase(person).block();

		ListMessage kept = this.mongo.findById(mine.id(), ListMessage.class).block();
		assertThat(kept.authorId()).isNull();
		assertThat(kept.authorName()).isEqualTo("ehemaliges Mitglied");
		assertThat(kept.text()).isEqualTo("Mein Text");
		assertThat(this.subscriptions.find("export", person.id()).blockOptional()).isEmpty();
		assertThat(this.pages.get(other, "/verteiler/export/nachrichten/" + mine.id(), HttpStatus.OK))
			.contains("ehemaliges Mitglied")
			.contains("Antwort darauf");
	}

	/**
	 * One instance dies after it has made the mails of 80 of 200 people; once its lease
	 * has expired another takes the message over. Both are workers of their own with
	 * clocks an hour ahead, so the application's worker leaves the message alone.
	 */
	@Test
	void aRestartWhileMailing200PeopleMailsEachOfThemExactlyOnce() throws Exception {
		Member writer = person("zweihundert", 0);
		List<Member> people = IntStream.rangeClosed(1, 200).mapToObj((n) -> person("zweihundert", n)).toList();
		list("zweihundert", people, List.of(writer));
		// The other tests' messages are mailed: the workers of this test take only this
		// one.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.count(Query.query(Criteria.where("mailedAt").is(null)), ListMessage.class)
				.block() == 0);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.count(Query.query(Criteria.where("status").in("WAITING", "RETRY")), "mailOutbox")
				.block() == 0);
		SMTP.purgeEmailFromAllMailboxes();
		Instant later = this.clock.instant().plus(Duration.ofHours(1));
		ListMessage message = this.mongo
			.insert(ListMessage.written("zweihundert", null, writer.id(), writer.name(), "Einladung",
					"Das nächste Treffen ist im Mai.", later))
			.block();

		Clock dying = Clock.offset(this.clock, Duration.ofHours(1).plusSeconds(1));
		DistributionWorker first = worker(dying, new FailingAfter(80));
		StepVerifier.create(first.drain()).expectError(IllegalStateException.class).verify(Duration.ofSeconds(60));
		// The 80th may have been cut off by the failure, as by a real death.
		long madeBeforeDeath = outboxMails(message);
		assertThat(madeBeforeDeath).isBetween(79L, 80L);
		assertThat(this.mongo.findById(message.id(), ListMessage.class).block().mailedAt()).isNull();

		// Before the lease has expired nobody takes it; after, the next instance does.
		StepVerifier.create(worker(Clock.offset(dying, Duration.ofSeconds(30)), null).drain()).verifyComplete();
		assertThat(outboxMails(message)).isEqualTo(madeBeforeDeath);
		Clock next = Clock.offset(dying, DistributionWorker.LEASE.plusSeconds(1));
		StepVerifier.create(worker(next, null).drain()).verifyComplete();
		ListMessage done = this.mongo.findById(message.id(), ListMessage.class).block();
		assertThat(done.mailedAt()).isNotNull();
		assertThat(done.mails()).isEqualTo(200 - madeBeforeDeath);
		assertThat(outboxMails(message)).isEqualTo(200);

		this.outbox.wakeUp();
		await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("zweihundert").size() >= 200);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> mailsTo("zweihundert").size() == 200);
		Map<String, Long> perPerson = mailsTo("zweihundert").stream()
			.map(DistributionTests::recipient)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(perPerson).hasSize(200).allSatisfy((to, count) -> assertThat(count).isOne());
		assertThat(perPerson.keySet()).containsExactlyInAnyOrderElementsOf(people.stream().map(Member::email).toList());
	}

	/**
	 * The one mail that arrives for the people of the list, and no second one.
	 */
	private static MimeMessage onlyMailTo(String list) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(list).size() >= 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> mailsTo(list).size() == 1);
		return mailsTo(list).get(0);
	}

	private static List<MimeMessage> mailsTo(String list) {
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter((mail) -> recipient(mail).startsWith("vt-" + list + "-"))
			.toList();
	}

	private DistributionWorker worker(Clock clock, @Nullable FailingAfter failing) {
		ListDirectory directory = (failing != null) ? new ListDirectory(List.of(failing)) : this.directory;
		return new DistributionWorker(this.mongo, directory, this.subscriptions, this.outbox, this.mails, clock,
				DistributionWorker.LEASE);
	}

	/**
	 * The stored lists, but the people of a list run out after {@code count}: the worker
	 * stops there as an instance that dies would.
	 */
	private final class FailingAfter implements DistributionLists {

		private final int count;

		FailingAfter(int count) {
			this.count = count;
		}

		@Override
		public Mono<ListInfo> find(String key) {
			return DistributionTests.this.directory.find(key).map(ListDirectory.KnownList::info);
		}

		@Override
		public Mono<ListRights> rights(ListInfo list, @Nullable Member member) {
			return Mono.just(ListRights.NONE);
		}

		@Override
		public Flux<ListInfo> readableBy(@Nullable Member member) {
			return Flux.empty();
		}

		@Override
		public Flux<Recipient> recipients(ListInfo list) {
			return DistributionTests.this.directory.find(list.key())
				.flatMapMany(ListDirectory.KnownList::recipients)
				.take(this.count)
				.concatWith(Flux.error(new IllegalStateException("instance died")));
		}

	}

	private long outboxMails(ListMessage message) {
		return this.mongo.count(Query.query(Criteria.where("key").regex("^" + message.id() + ":")), "mailOutbox")
			.block();
	}

	private static String recipient(MimeMessage mail) {
		try {
			Address[] to = mail.getAllRecipients();
			return to[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final Member ADMIN = new Member("vt-admin", "vadmin", "Vera Admin", null, "kreis-steinfurt",
			Set.of(Role.MEMBER, Role.ADMIN));

	private static Member person(String list, int n) {
		return new Member("vt-" + list + "-" + n, "vt" + list + n, "Person " + n + " " + list,
				"vt-" + list + "-" + n + "@kommune.example", "kreis-steinfurt", Set.of(Role.MEMBER));
	}

	private void list(String key, List<Member> people, List<Member> moderators) {
		List<Recipient> recipients = Stream.concat(people.stream(), moderators.stream())
			.map((member) -> new Recipient(member.id(), member.email()))
			.toList();
		this.mongo
			.save(new StoredList(key, "Liste " + key, "/arbeitsgruppen/" + key, recipients,
					moderators.stream().map(Member::id).toList()))
			.block();
	}

	private List<ListMessage> messages(String key) {
		return this.mongo.find(Query.query(Criteria.where("listKey").is(key)), ListMessage.class).collectList().block();
	}

	private static MultiValueMap<String, String> form(@Nullable String title, String text) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		if (title != null) {
			form.add("title", title);
		}
		form.add("text", text);
		return form;
	}

	private static MultiValueMap<String, String> hide(boolean hidden) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("wert", hidden ? "ja" : "nein");
		return form;
	}

	private static MultiValueMap<String, String> choice(Delivery delivery) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("emails", delivery.name());
		return form;
	}

}
