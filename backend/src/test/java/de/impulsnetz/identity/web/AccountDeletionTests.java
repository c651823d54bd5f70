package de.impulsnetz.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.SignedIn;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting one's account asks for the password again: the app deletes only if the login
 * (the ID token's {@code auth_time}) is at most five minutes old, and otherwise sends the
 * member through Keycloak with {@code prompt=login} and {@code max_age=0} first.
 */
@IntegrationTest
class AccountDeletionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReactiveMongoTemplate mongo;

	private WebTestClient client;

	private final Member member = new Member("m-loeschen-" + UUID.randomUUID(), "lena", "Lena Löschen", null,
			"kreis-steinfurt", Set.of(Role.MEMBER));

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
	}

	@Test
	void anOldLoginIsSentThroughThePasswordBeforeTheFormShows() {
		this.client.mutateWith(loggedIn(Duration.ofMinutes(6)))
			.get()
			.uri("/konto/loeschen")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/oauth2/authorization/keycloak?erneut");
	}

	@Test
	void aFreshLoginSeesTheForm() {
		String page = this.client.mutateWith(loggedIn(Duration.ofMinutes(1)))
			.get()
			.uri("/konto/loeschen")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("name=\"bestaetigt\"");
	}

	@Test
	void aFormSentMoreThanFiveMinutesAfterTheLoginDeletesNothing() {
		plantSessionOfTheMember();

		deleteAfter(Duration.ofMinutes(6)).expectStatus().isSeeOther().expectHeader().location("/konto/loeschen");
		assertThat(sessionsOfTheMember()).isEqualTo(1);
	}

	@Test
	void aFormSentWithinFiveMinutesOfTheLoginDeletes() {
		plantSessionOfTheMember();

		// Keycloak is down in these tests: the member's data in the app is erased, the
		// user in Keycloak cannot be (LoginBrowserIT deletes one for real).
		deleteAfter(Duration.ofMinutes(4)).expectStatus().value((status) -> assertThat(status).isNotEqualTo(303));
		assertThat(sessionsOfTheMember()).isZero();
	}

	/**
	 * The confirmed deletion form, sent by a member who logged in the given time ago.
	 */
	private WebTestClient.ResponseSpec deleteAfter(Duration sinceLogin) {
		return this.client.mutateWith(loggedIn(sinceLogin))
			.mutateWith(SecurityMockServerConfigurers.csrf())
			.post()
			.uri("/konto/loeschen")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("bestaetigt", "ja"))
			.exchange();
	}

	private SecurityMockServerConfigurers.OidcLoginMutator loggedIn(Duration ago) {
		return SignedIn.as(this.member, Instant.now().minus(ago));
	}

	/**
	 * A session of the member on another device, which deleting the account ends.
	 */
	private void plantSessionOfTheMember() {
		this.mongo.getCollection("webSessions")
			.flatMap((sessions) -> reactor.core.publisher.Mono.from(sessions
				.insertOne(new org.bson.Document("_id", UUID.randomUUID().toString()).append("member", this.member.id())
					.append("createdAt", java.util.Date.from(Instant.now()))
					.append("expiresAt", java.util.Date.from(Instant.now().plusSeconds(3600))))))
			.block();
	}

	private long sessionsOfTheMember() {
		return this.mongo.count(Query.query(Criteria.where("member").is(this.member.id())), "webSessions").block();
	}

}
