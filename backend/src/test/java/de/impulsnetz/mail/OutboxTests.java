package de.impulsnetz.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.mail.OutboxMail.Status;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox with its worker on the embedded MongoDB-wire server, sending to an
 * in-process SMTP server (GreenMail) that is down or up as each test needs: no mail is
 * lost to an outage, a restart or a dead instance, and none is sent twice. Only the mail
 * module and MongoDB are started, with short retry delays.
 */
@SpringBootTest(classes = OutboxTests.MailOnly.class, webEnvironment = WebEnvironment.NONE,
		properties = { "impulsnetz.mail.poll=100ms", "impulsnetz.mail.retry.first=200ms",
				"impulsnetz.mail.retry.max=800ms", "impulsnetz.mail.retry.attempts=10" })
@ActiveProfiles("test")
class OutboxTests {

	/**
	 * A port of its own, not the tests' usual 3026: other test runs on this machine must
	 * not deliver into this mailbox. Chosen once, so the server comes back where the
	 * worker looks.
	 */
	private static final ServerSetup SMTP = new ServerSetup(freePort(), "localhost", "smtp");

	@Autowired
	Outbox outbox;

	@Autowired
	MailWorker worker;

	@Autowired
	OutboxSettings settings;

	@Autowired
	MailMemberData memberData;

	@Autowired
	ReactiveMongoTemplate mongo;

	private @Nullable GreenMail server;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@AfterEach
	void cleanUp() {
		if (this.server != null) {
			this.server.stop();
		}
		this.worker.start();
		this.mongo.remove(new Query(), OutboxMail.class).block();
	}

	@Test
	void everyMailArrivesExactlyOnceWhenTheMailServerIsBack() throws Exception {
		List<String> to = Stream.of(1, 2, 3, 4, 5).map((n) -> "ausfall" + n + "@kommune.example").toList();
		this.outbox.enqueue(Flux.fromIterable(to).map(OutboxTests::mail)).block();
		// Every mail has failed at least once: the server is really down.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> mailsTo(to).stream()
				.allMatch((mail) -> mail.status() == Status.RETRY && mail.attempts() >= 1));

		GreenMail server = startMailServer();
		await().atMost(Duration.ofSeconds(10)).until(() -> server.getReceivedMessages().length == to.size());
		// ... and nothing more comes.
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(2))
			.until(() -> server.getReceivedMessages().length == to.size());
		assertThat(recipients(server)).containsExactlyInAnyOrderElementsOf(to);
		assertThat(mailsTo(to)).allSatisfy((mail) -> {
			assertThat(mail.status()).isEqualTo(Status.SENT);
			assertThat(mail.attempts()).isGreaterThanOrEqualTo(2);
			assertThat(mail.sentAt()).isNotNull();
			assertThat(mail.lastError()).contains("Connection refused");
			assertThat(mail.owner()).isNull();
			assertThat(mail.lockedUntil()).isNull();
		});
	}

	@Test
	void mailsEnqueuedWhileNoWorkerRunsAreSentWhenOneStarts() throws Exception {
		GreenMail server = startMailServer();
		this.worker.stop();
		this.outbox.enqueue(Flux.just(mail("neustart@kommune.example"))).block();
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(1))
			.until(() -> server.getReceivedMessages().length == 0);
		assertThat(mailsTo(List.of("neustart@kommune.example"))).singleElement()
			.satisfies((mail) -> assertThat(mail.status()).isEqualTo(Status.WAITING));

		this.worker.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> server.getReceivedMessages().length == 1);
		MimeMessage sent = server.getReceivedMessages()[0];
		assertThat(sent.getAllRecipients()[0].toString()).isEqualTo("neustart@kommune.example");
		assertThat(sent.getSubject()).isEqualTo("Betreff für neustart@kommune.example");
		assertThat(sent.getFrom()[0].toString()).isEqualTo("noreply@impulsnetz.example");
		assertThat(sent.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://impulsnetz.example/abbestellen>");
		assertThat(sent.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
	}

	@Test
	void aMailHeldByADeadInstanceIsSentOnceItsLockHasExpired() throws Exception {
		GreenMail server = startMailServer();
		Instant now = Instant.now();
		// One instance died while sending; the lock of another expired a moment ago.
		this.mongo.insert(held("tot@kommune.example", now.plusSeconds(2), "dead-instance")).block();
		this.mongo.insert(held("abgelaufen@kommune.example", now.minusSeconds(1), "dead-instance")).block();

		await().atMost(Duration.ofSeconds(5)).until(() -> server.getReceivedMessages().length == 1);
		assertThat(recipients(server)).containsExactly("abgelaufen@kommune.example");
		assertThat(mailsTo(List.of("tot@kommune.example"))).singleElement()
			.satisfies((mail) -> assertThat(mail.status()).isEqualTo(Status.WAITING));

		await().atMost(Duration.ofSeconds(10)).until(() -> server.getReceivedMessages().length == 2);
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(1))
			.until(() -> server.getReceivedMessages().length == 2);
		assertThat(recipients(server)).containsExactlyInAnyOrder("abgelaufen@kommune.example", "tot@kommune.example");
		assertThat(mailsTo(List.of("tot@kommune.example"))).singleElement().satisfies((mail) -> {
			assertThat(mail.status()).isEqualTo(Status.SENT);
			assertThat(mail.owner()).isNull();
		});
	}

	@Test
	void failedAttemptsAreCountedAndTheNextAttemptMovesFurtherOut() {
		this.outbox.enqueue(Flux.just(mail("spaeter@kommune.example"))).block();
		Map<Integer, OutboxMail> seen = new ConcurrentHashMap<>();
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
			OutboxMail mail = mailsTo(List.of("spaeter@kommune.example")).get(0);
			if (mail.attempts() > 0 && mail.lockedUntil() == null) {
				seen.putIfAbsent(mail.attempts(), mail);
			}
			return mail.attempts() >= 4;
		});
		assertThat(seen).hasSizeGreaterThanOrEqualTo(2);
		seen.forEach((attempts, mail) -> {
			assertThat(mail.status()).isEqualTo(Status.RETRY);
			assertThat(mail.lastError()).contains("Connection refused");
			assertThat(Duration.between(mail.lastAttemptAt(), mail.nextAttemptAt()))
				.isEqualTo(this.settings.delayAfter(attempts));
		});
		List<Instant> next = seen.keySet()
			.stream()
			.sorted()
			.map((attempts) -> seen.get(attempts).nextAttemptAt())
			.toList();
		assertThat(next).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aMailWithAKeyIsStoredOnceHoweverOftenItIsEnqueued() {
		this.worker.stop();
		// The index OutboxMail declares; this slice runs without storage.MongoIndexes.
		this.mongo.indexOps(OutboxMail.class)
			.createIndex(new Index().on("key", Sort.Direction.ASC).unique().sparse())
			.block();
		StepVerifier.create(this.outbox.enqueueOnce("nachricht-1:person-1", mail("einmal@kommune.example")))
			.expectNext(true)
			.verifyComplete();
		StepVerifier.create(this.outbox.enqueueOnce("nachricht-1:person-1", mail("einmal@kommune.example")))
			.expectNext(false)
			.verifyComplete();
		this.outbox.enqueue(Flux.just(mail("einmal@kommune.example"), mail("einmal@kommune.example"))).block();
		assertThat(mailsTo(List.of("einmal@kommune.example"))).hasSize(3)
			.filteredOn((mail) -> mail.key() != null)
			.singleElement()
			.satisfies((mail) -> assertThat(mail.key()).isEqualTo("nachricht-1:person-1"));
	}

	@Test
	void aMailIsGivenUpAfterTheLastAttempt() {
		OutboxMail nearlyGivenUp = new OutboxMail(null, "aufgegeben@kommune.example", "Betreff", "Text", null,
				Status.RETRY, this.settings.retry().attempts() - 1, Instant.now(), "Connection refused", Instant.now(),
				Instant.now(), null, null, null, null);
		this.mongo.insert(nearlyGivenUp).block();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> mailsTo(List.of("aufgegeben@kommune.example")).get(0).status() == Status.FAILED);
		// No further attempt.
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> {
			OutboxMail mail = mailsTo(List.of("aufgegeben@kommune.example")).get(0);
			return mail.status() == Status.FAILED && mail.attempts() == this.settings.retry().attempts()
					&& mail.lockedUntil() == null;
		});
	}

	@Test
	void enqueueCompletesOnlyOnceEveryMailIsStored() {
		this.worker.stop();
		Sinks.One<Mail> late = Sinks.one();
		Flux<Mail> mails = Flux.concat(Mono.just(mail("frueh@kommune.example")), late.asMono());
		StepVerifier.create(this.outbox.enqueue(mails))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(300))
			.then(() -> late.tryEmitValue(mail("spaet@kommune.example")))
			.verifyComplete();
		// Right away, no waiting: both are there.
		assertThat(mailsTo(List.of("frueh@kommune.example", "spaet@kommune.example"))).hasSize(2).allSatisfy((mail) -> {
			assertThat(mail.status()).isEqualTo(Status.WAITING);
			assertThat(mail.attempts()).isZero();
			assertThat(mail.nextAttemptAt()).isEqualTo(mail.createdAt());
		});
	}

	@Test
	void withoutAMailServerTheMailIsLoggedAndMarked() {
		this.worker.stop();
		this.outbox.enqueue(Flux.just(mail("ohne-server@kommune.example"))).block();
		StaticListableBeanFactory noServer = new StaticListableBeanFactory();
		MailWorker dev = new MailWorker(this.mongo,
				new MailDelivery(noServer.getBeanProvider(JavaMailSender.class), this.settings), this.settings,
				Clock.systemUTC());
		dev.drain().block();
		assertThat(mailsTo(List.of("ohne-server@kommune.example"))).singleElement().satisfies((mail) -> {
			assertThat(mail.status()).isEqualTo(Status.SKIPPED);
			assertThat(mail.sentAt()).isNull();
			assertThat(mail.owner()).isNull();
		});
	}

	@Test
	void finishedMailsAreDeletedAfterTheRetentionTime() {
		Instant old = Instant.now().minus(this.settings.keep()).minusSeconds(60);
		Instant later = Instant.now().plusSeconds(3600);
		this.mongo.insertAll(List.of(stored("alt-gesendet@kommune.example", Status.SENT, old, later),
				stored("alt-gescheitert@kommune.example", Status.FAILED, old, later),
				stored("alt-wartend@kommune.example", Status.RETRY, old, later),
				stored("neu-gesendet@kommune.example", Status.SENT, Instant.now(), later)))
			.blockLast();
		this.worker.purge().block();
		assertThat(this.mongo.findAll(OutboxMail.class).map(OutboxMail::to).collectList().block())
			.containsExactlyInAnyOrder("alt-wartend@kommune.example", "neu-gesendet@kommune.example");
	}

	@Test
	void aMembersMailsAreInTheirExportAndGoWithTheirAccount() {
		Instant later = Instant.now().plusSeconds(3600);
		this.mongo.insertAll(List.of(stored("mitglied@kommune.example", Status.SENT, Instant.now(), later),
				stored("mitglied@kommune.example", Status.RETRY, Instant.now(), later),
				stored("andere@kommune.example", Status.SENT, Instant.now(), later)))
			.blockLast();
		Member member = new Member("m-1", "mitglied", "Mia Mitglied", "mitglied@kommune.example", "kreis-steinfurt",
				Set.of(Role.MEMBER));

		assertThat(this.memberData.export(member).block())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(Map.class))
			.hasSize(2)
			.allSatisfy((mail) -> assertThat(mail).containsEntry("betreff", "Betreff"))
			.extracting((mail) -> mail.get("status"))
			.containsExactlyInAnyOrder("SENT", "RETRY");
		this.memberData.erase(member).block();
		assertThat(this.mongo.findAll(OutboxMail.class).map(OutboxMail::to).collectList().block())
			.containsExactly("andere@kommune.example");
	}

	private GreenMail startMailServer() {
		this.server = new GreenMail(SMTP);
		this.server.start();
		return this.server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<OutboxMail> mailsTo(List<String> to) {
		return this.mongo.find(Query.query(Criteria.where(OutboxMail.TO).in(to)), OutboxMail.class)
			.collectList()
			.block();
	}

	private static Set<String> recipients(GreenMail server) throws Exception {
		return Stream.of(server.getReceivedMessages()).map((message) -> recipient(message)).collect(Collectors.toSet());
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Mail mail(String to) {
		return new Mail(to, "Betreff für " + to, "Guten Tag,\nein Platz ist frei.",
				"https://impulsnetz.example/abbestellen");
	}

	private static OutboxMail held(String to, Instant lockedUntil, String owner) {
		Instant created = Instant.now().minusSeconds(120);
		return new OutboxMail(null, to, "Betreff", "Text", null, Status.WAITING, 0, created, null, created, null, null,
				lockedUntil, owner, null);
	}

	private static OutboxMail stored(String to, Status status, Instant createdAt, Instant nextAttemptAt) {
		return new OutboxMail(null, to, "Betreff", "Text", null, status, 1, nextAttemptAt, null, createdAt, createdAt,
				(status == Status.SENT) ? createdAt : null, null, null, null);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ MongoReactiveAutoConfiguration.class, DataMongoAutoConfiguration.class,
			DataMongoReactiveAutoConfiguration.class, MailSenderAutoConfiguration.class })
	@Import({ Outbox.class, MailWorker.class, MailDelivery.class, MailMemberData.class })
	static class MailOnly {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
