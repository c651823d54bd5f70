package de.impulsnetz.workinggroup;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.TestMailServer;
import de.impulsnetz.distribution.Distribution;
import de.impulsnetz.distribution.DistributionLists.ListRights;
import de.impulsnetz.distribution.DistributionLists.Recipient;
import de.impulsnetz.distribution.ListMessage;
import de.impulsnetz.distribution.Subscription;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.identity.Role;
import de.impulsnetz.workinggroup.membership.Memberships;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A working group's Verteiler, wired: the people in the group write on the group page and
 * every other person of the group gets the mail at the address she has in the group;
 * others never see the list. On the shared application context, mails received by
 * GreenMail.
 */
@IntegrationTest
class GroupDistributionTests {

	@RegisterExtension
	static final TestMailServer SMTP = new TestMailServer();

	private final PageClient pages;

	@Autowired
	WorkingGroups groups;

	@Autowired
	Memberships memberships;

	@Autowired
	GroupDistributionLists lists;

	@Autowired
	Distribution distribution;

	@Autowired
	List<MemberDataHolder> holders;

	@Autowired
	ReactiveMongoTemplate mongo;

	GroupDistributionTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Test
	void aPersonWritesOnTheGroupPageAndEveryOtherPersonOfTheGroupGetsTheMail() {
		Member founder = person("post", "founder", "kreis-steinfurt", Role.ORGANISER);
		Member writer = person("post", "writer", "stadt-rheine", Role.MEMBER);
		Member reader = person("post", "reader", "kreis-steinfurt", Role.MEMBER);
		Member outsider = person("post", "outsider", "stadt-altena", Role.MEMBER);
		String slug = group(founder, "Verteilergruppe", writer, reader);
		String page = "/arbeitsgruppen/" + slug;

		assertThat(this.pages.get(writer, page, HttpStatus.OK)).contains("id=\"verteiler\"")
			.contains("action=\"/verteiler/" + slug + "/nachrichten\"");
		// Others get the public page without the list, and the list refused.
		assertThat(this.pages.get(outsider, page, HttpStatus.OK)).doesNotContain("id=\"verteiler\"")
			.doesNotContain("/verteiler/" + slug);
		assertThat(this.pages.get(null, page, HttpStatus.OK)).doesNotContain("id=\"verteiler\"");
		this.pages.get(outsider, "/verteiler/" + slug, HttpStatus.FORBIDDEN);
		this.pages.post(outsider, "/verteiler/" + slug + "/nachrichten", form("Von außen", "Hallo"),
				HttpStatus.FORBIDDEN);

		assertThat(this.pages.redirect(writer, "/verteiler/" + slug + "/nachrichten",
				form("Kanalliste", "Bitte tragt eure **Kanäle** ein.")))
			.startsWith("/verteiler/" + slug);
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("post").size() >= 2);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo("post").size() == 2);
		assertThat(mailsTo("post")).extracting(GroupDistributionTests::recipient)
			.containsExactlyInAnyOrder(founder.email(), reader.email());
		for (MimeMessage mail : mailsTo("post")) {
			assertThat(header(mail, "List-Unsubscribe")).contains("/benachrichtigungen/verteiler/");
			assertThat(header(mail, "Subject")).contains("Verteilergruppe").contains("Kanalliste");
		}
		assertThat(this.pages.get(reader, page, HttpStatus.OK)).contains("Kanalliste")
			.contains("<strong>Kanäle</strong>");
		assertThat(this.pages.get(outsider, page, HttpStatus.OK)).doesNotContain("Kanalliste");
	}

	@Test
	void coordinatorsAndAdminsModerateThePeopleOfTheGroupWrite() {
		Member founder = person("rights", "founder", "kreis-steinfurt", Role.ORGANISER);
		Member member = person("rights", "member", "stadt-rheine", Role.MEMBER);
		Member admin = person("rights", "admin", "stadt-altena", Role.ADMIN);
		Member outsider = person("rights", "outsider", "stadt-rheine", Role.MEMBER);
		String slug = group(founder, "Rechte im Verteiler", member);
		var list = this.lists.find(slug).block();
		assertThat(list.path()).isEqualTo("/arbeitsgruppen/" + slug);
		assertThat(this.lists.rights(list, founder).block()).isEqualTo(new ListRights(true, true, true));
		assertThat(this.lists.rights(list, member).block()).isEqualTo(new ListRights(true, true, false));
		assertThat(this.lists.rights(list, admin).block()).isEqualTo(new ListRights(true, true, true));
		// Of a member municipality, but not in the group: nothing.
		assertThat(this.lists.rights(list, outsider).block()).isEqualTo(ListRights.NONE);
		assertThat(this.lists.rights(list, null).block()).isEqualTo(ListRights.NONE);
		assertThat(this.lists.readableBy(member).map((readable) -> readable.key()).collectList().block())
			.contains(slug);
		assertThat(this.lists.readableBy(outsider).map((readable) -> readable.key()).collectList().block())
			.doesNotContain(slug);
	}

	@Test
	void aChangedAddressIsUsedFromTheNextVisitToTheGroupOn() {
		Member founder = person("moved", "founder", "kreis-steinfurt", Role.ORGANISER);
		Member before = person("moved", "person", "stadt-rheine", Role.MEMBER);
		String slug = group(founder, "Umzugsgruppe", before);
		assertThat(recipients(slug)).contains(new Recipient(before.id(), before.email()));

		Member after = new Member(before.id(), before.username(), before.name(), "wv-moved-new@kommune.example",
				before.municipality(), before.roles());
		this.pages.get(after, "/arbeitsgruppen/" + slug, HttpStatus.OK);
		assertThat(recipients(slug)).contains(new Recipient(before.id(), after.email()))
			.doesNotContain(new Recipient(before.id(), before.email()));
		assertThat(this.groups.bySlug(slug).block().person(before.id()).orElseThrow().email()).isEqualTo(after.email());
		// The address is hers: it is in her export.
		assertThat(holder("arbeitsgruppen").export(after).block()).asString().contains(after.email());
	}

	@Test
	void erasureTakesHerOutOfTheGroupSoNoLaterMessageSubscribesHerAgain() {
		Member founder = person("erase", "founder", "kreis-steinfurt", Role.ORGANISER);
		Member leaving = person("erase", "leaving", "stadt-rheine", Role.MEMBER);
		String slug = group(founder, "Löschgruppe", leaving);
		this.distribution.post(slug, founder, "Vorher", "Die erste Nachricht", null).block();
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("erase").size() == 1);
		assertThat(subscriptions(slug, leaving)).hasSize(1);

		holder("arbeitsgruppen").erase(leaving).block();
		holder("verteiler").erase(leaving).block();
		assertThat(this.groups.bySlug(slug).block().person(leaving.id())).isEmpty();
		assertThat(recipients(slug)).extracting(Recipient::memberId).doesNotContain(leaving.id());
		assertThat(subscriptions(slug, leaving)).isEmpty();

		ListMessage later = this.distribution.post(slug, founder, "Nachher", "Die zweite Nachricht", null).block();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.mongo
				.exists(Query.query(Criteria.where("_id").is(later.id()).and("mailedAt").ne(null)), ListMessage.class)
				.block());
		assertThat(subscriptions(slug, leaving)).isEmpty();
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo("erase").size() == 1);
		assertThat(mailsTo("erase")).extracting(GroupDistributionTests::recipient)
			.containsOnly(leaving.email())
			.hasSize(1);
	}

	/**
	 * An accepted request is answered by mail with the link to the group page, a declined
	 * one with a short polite mail; two coordinators accepting at the same moment send
	 * one mail, and an invited person who joins gets none.
	 */
	@Test
	void theAnswerToARequestToJoinComesByMailOnce() throws Exception {
		Member founder = person("answer", "founder", "kreis-steinfurt", Role.ORGANISER);
		Member second = person("answer", "second", "kreis-steinfurt", Role.MEMBER);
		Member accepted = person("answer", "accepted", "stadt-rheine", Role.MEMBER);
		Member declined = person("answer", "declined", "stadt-rheine", Role.MEMBER);
		String slug = group(founder, "Antwortgruppe", accepted, second);
		this.memberships.makeCoordinator(founder, slug, second.id()).block();
		this.memberships.request(declined, slug, "Darf ich?").block();
		await().atMost(Duration.ofSeconds(20)).until(() -> answersTo("answer").size() == 1);
		this.memberships.leave(accepted, slug).block();
		this.memberships.request(accepted, slug, null).block();
		reactor.core.publisher.Flux.just(founder, second)
			.flatMap((coordinator) -> this.memberships.decide(coordinator, slug, accepted.id(), true)
				.onErrorResume(GroupNotFound.class, (answeredMeanwhile) -> reactor.core.publisher.Mono.empty())
				.subscribeOn(reactor.core.scheduler.Schedulers.parallel()))
			.blockLast();
		this.memberships.decide(founder, slug, declined.id(), false).block();

		await().atMost(Duration.ofSeconds(20)).until(() -> answersTo("answer").size() >= 3);
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> answersTo("answer").size() == 3);
		List<MimeMessage> toAccepted = answersTo("answer").stream()
			.filter((mail) -> recipient(mail).equals(accepted.email()))
			.toList();
		assertThat(toAccepted).hasSize(2);
		for (MimeMessage mail : toAccepted) {
			assertThat(mail.getSubject()).isEqualTo("Antwortgruppe: Sie sind dabei");
			assertThat(mail.getContent().toString()).contains("Guten Tag Person accepted answer",
					"hat Ihre Anfrage angenommen", "/arbeitsgruppen/" + slug);
		}
		MimeMessage toDeclined = answersTo("answer").stream()
			.filter((mail) -> recipient(mail).equals(declined.email()))
			.findFirst()
			.orElseThrow();
		assertThat(toDeclined.getSubject()).isEqualTo("Antwortgruppe: Ihre Anfrage");
		assertThat(toDeclined.getContent().toString()).contains("diesmal nicht angenommen")
			.doesNotContain("angenommen. Sie gehören");
		assertThat(answersTo("answer")).extracting(GroupDistributionTests::recipient)
			.doesNotContain(second.email(), founder.email());
	}

	/**
	 * A group founded by {@code founder}, its coordinator; the first of {@code people}
	 * asks to join and is accepted, the others are invited and accept.
	 */
	private String group(Member founder, String title, Member... people) {
		String slug = this.groups
			.create(founder, new NewGroup(title, "kreis-steinfurt", List.of("stadt-rheine"), "Zweck"))
			.block()
			.slug();
		for (int i = 0; i < people.length; i++) {
			if (i == 0) {
				this.memberships.request(people[i], slug, null).block();
				this.memberships.decide(founder, slug, people[i].id(), true).block();
			}
			else {
				this.memberships.invitePerson(founder, slug, people[i].email()).block();
				this.memberships.acceptInvitation(people[i], slug).block();
			}
		}
		return slug;
	}

	private MemberDataHolder holder(String key) {
		return this.holders.stream().filter((holder) -> key.equals(holder.key())).findFirst().orElseThrow();
	}

	private List<Recipient> recipients(String slug) {
		return this.lists.recipients(this.lists.find(slug).block()).collectList().block();
	}

	private List<Subscription> subscriptions(String slug, Member member) {
		return this.mongo
			.find(Query.query(Criteria.where("listKey").is(slug).and("memberId").is(member.id())), Subscription.class)
			.collectList()
			.block();
	}

	private static Member person(String test, String who, String municipality, Role role) {
		return new Member("wv-" + test + "-" + who, "wv" + test + who, "Person " + who + " " + test,
				"wv-" + test + "-" + who + "@kommune.example", municipality, EnumSet.of(Role.MEMBER, role));
	}

	/**
	 * The Verteiler's mails to the people of this test (they carry List-Unsubscribe; the
	 * answer to a request to join does not).
	 */
	private static List<MimeMessage> mailsTo(String test) {
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter((mail) -> recipient(mail).startsWith("wv-" + test + "-"))
			.filter((mail) -> !header(mail, "List-Unsubscribe").isEmpty())
			.toList();
	}

	private static List<MimeMessage> answersTo(String test) {
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter((mail) -> recipient(mail).startsWith("wv-" + test + "-"))
			.filter((mail) -> header(mail, "List-Unsubscribe").isEmpty())
			.toList();
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String header(MimeMessage mail, String name) {
		try {
			String[] values = mail.getHeader(name);
			return (values != null) ? String.join(" ", values) : "";
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MultiValueMap<String, String> form(String title, String text) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", title);
		form.add("text", text);
		return form;
	}

}
