package de.impulsnetz.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import de.impulsnetz.IntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.web.server.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MongoWebSessionStoreTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

	private MongoWebSessionStore store() {
		return new MongoWebSessionStore(this.mongo, this.clock,
				new MongoWebSessionStore.Lifetimes(Duration.ofHours(8), Duration.ofHours(12), Duration.ofMinutes(10)),
				getClass().getClassLoader());
	}

	@Test
	void anotherInstanceSeesTheSessionWithItsSecurityContext() {
		WebSession session = store().createWebSession().block();
		session.getAttributes()
			.put("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(new UsernamePasswordAuthenticationToken("demo",
					null, AuthorityUtils.createAuthorityList("ROLE_member"))));
		session.save().block();

		StepVerifier.create(store().retrieveSession(session.getId()))
			.assertNext((found) -> assertThat(found.getAttributes().get("SPRING_SECURITY_CONTEXT"))
				.isInstanceOfSatisfying(SecurityContextImpl.class,
						(context) -> assertThat(context.getAuthentication().getName()).isEqualTo("demo")))
			.verifyComplete();
	}

	@Test
	void doesNotStoreSessionsNobodyStarted() {
		WebSession session = store().createWebSession().block();
		session.save().block();
		StepVerifier.create(store().retrieveSession(session.getId())).verifyComplete();
	}

	@Test
	void forgetsTheOldIdWhenItChanges() {
		MongoWebSessionStore store = store();
		WebSession session = store.createWebSession().block();
		session.getAttributes().put("step", "before login");
		session.save().block();
		String before = session.getId();

		session.changeSessionId().block();
		session.save().block();

		assertThat(session.getId()).isNotEqualTo(before);
		StepVerifier.create(store.retrieveSession(before)).verifyComplete();
		StepVerifier.create(store.retrieveSession(session.getId()))
			.assertNext((found) -> assertThat(found.getAttributes()).containsEntry("step", "before login"))
			.verifyComplete();
	}

	@Test
	void invalidatedSessionsAreGone() {
		MongoWebSessionStore store = store();
		WebSession session = store.createWebSession().block();
		session.getAttributes().put("x", 1);
		session.save().block();
		session.invalidate().block();
		StepVerifier.create(store.retrieveSession(session.getId())).verifyComplete();
	}

	@Test
	void idleSessionsExpire() {
		MongoWebSessionStore store = store();
		WebSession session = loggedIn(store, "idle-" + System.nanoTime());

		this.clock.advance(Duration.ofHours(8).plusSeconds(1));

		StepVerifier.create(store.retrieveSession(session.getId())).verifyComplete();
	}

	@Test
	void aRequestStillInFlightDoesNotBringBackASessionEndedAtLogout() {
		MongoWebSessionStore store = store();
		WebSession session = loggedIn(store, "member-" + System.nanoTime());
		WebSession inFlight = store.retrieveSession(session.getId()).block();

		session.invalidate().block();
		inFlight.getAttributes().put("written", "after logout");
		inFlight.save().block();

		StepVerifier.create(store.retrieveSession(session.getId())).verifyComplete();
	}

	@Test
	void aRequestStillInFlightDoesNotBringBackSessionsOfADeletedAccount() {
		MongoWebSessionStore store = store();
		String member = "member-" + System.nanoTime();
		WebSession session = loggedIn(store, member);
		WebSession inFlight = store.retrieveSession(session.getId()).block();
		WebSession loggingInAgain = store.retrieveSession(session.getId()).block();

		store.removeSessionsOf(member).block();
		inFlight.getAttributes().put("written", "after deletion");
		inFlight.save().block();
		loggingInAgain.changeSessionId().block();
		loggingInAgain.save().block();

		assertThat(store.sessionsOf(member).count().block()).isZero();
		StepVerifier.create(store.retrieveSession(loggingInAgain.getId())).verifyComplete();
	}

	@Test
	void sessionsEndAtTheirAbsoluteLifetimeHoweverActive() {
		MongoWebSessionStore store = store();
		WebSession session = loggedIn(store, "busy-" + System.nanoTime());
		for (int hour = 1; hour < 12; hour++) {
			this.clock.advance(Duration.ofHours(1));
			WebSession used = store.retrieveSession(session.getId()).block();
			assertThat(used).as("hour %d", hour).isNotNull();
			used.getAttributes().put("hour", hour);
			used.save().block();
		}

		this.clock.advance(Duration.ofHours(1));

		StepVerifier.create(store.retrieveSession(session.getId())).verifyComplete();
	}

	@Test
	void aLoginInProgressExpiresInMinutes() {
		MongoWebSessionStore store = store();
		WebSession session = store.createWebSession().block();
		session.getAttributes().put("authorizationRequest", "pending");
		session.save().block();

		this.clock.advance(Duration.ofMinutes(9));
		StepVerifier.create(store.retrieveSession(session.getId())).expectNextCount(1).verifyComplete();

		this.clock.advance(Duration.ofMinutes(2));
		StepVerifier.create(store.retrieveSession(session.getId())).verifyComplete();
	}

	@Test
	void endsRatherThanReadsASessionHoldingClassesNoLoginStores() {
		MongoWebSessionStore store = store();
		WebSession session = store.createWebSession().block();
		session.getAttributes().put("planted", new java.io.File("/tmp"));
		session.save().block();
		assertThat(this.mongo.findById(session.getId(), StoredSession.class).block()).isNotNull();

		StepVerifier.create(store.retrieveSession(session.getId())).verifyComplete();
		assertThat(this.mongo.findById(session.getId(), StoredSession.class).block()).isNull();
	}

	@Test
	void readsBackEverythingALoginStores() {
		MongoWebSessionStore store = store();
		WebSession session = loggedIn(store, "login-" + System.nanoTime());
		OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri("http://localhost:8180/realms/impulsnetz/protocol/openid-connect/auth")
			.clientId("impulsnetz-web")
			.redirectUri("http://localhost:8080/login/oauth2/code/keycloak")
			.scopes(java.util.Set.of("openid", "organization"))
			.state("state")
			.attributes(Map.of("registration_id", "keycloak", "code_verifier", "verifier"))
			.additionalParameters(Map.of("nonce", "n", "code_challenge_method", "S256"))
			.build();
		session.getAttributes().put("authorizationRequest", request);
		session.getAttributes().put("csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token"));
		session.getAttributes().put("savedRequest", "/konto");
		session.save().block();

		StepVerifier.create(store().retrieveSession(session.getId())).assertNext((found) -> {
			assertThat(found.getAttributes().get("authorizationRequest")).isInstanceOfSatisfying(
					OAuth2AuthorizationRequest.class, (read) -> assertThat(read.getState()).isEqualTo("state"));
			assertThat(found.getAttributes().get("csrf")).isInstanceOf(DefaultCsrfToken.class);
			assertThat(found.getAttributes()).containsEntry("savedRequest", "/konto");
			assertThat(found.getAttributes().get("SPRING_SECURITY_CONTEXT")).isInstanceOf(SecurityContextImpl.class);
		}).verifyComplete();
	}

	@Test
	void readsTheSameBytesOnceButGivesEachRequestItsOwnMaps() {
		MongoWebSessionStore store = store();
		WebSession session = loggedIn(store, "reuse-" + System.nanoTime());
		session.getAttributes().put("clients", new java.util.HashMap<>(Map.of("keycloak", "token-1")));
		session.save().block();

		WebSession first = store.retrieveSession(session.getId()).block();
		WebSession second = store.retrieveSession(session.getId()).block();
		// Not deserialised again: the same security context.
		assertThat(second.getAttributes().get("SPRING_SECURITY_CONTEXT"))
			.isSameAs(first.getAttributes().get("SPRING_SECURITY_CONTEXT"));
		// Maps that Spring Security changes in place are each request's own.
		@SuppressWarnings("unchecked")
		Map<String, String> firstClients = (Map<String, String>) first.getAttributes().get("clients");
		firstClients.put("keycloak", "token-2");
		assertThat(second.getAttributes().get("clients")).isEqualTo(Map.of("keycloak", "token-1"));
		assertThat(store.retrieveSession(session.getId()).block().getAttributes().get("clients"))
			.isEqualTo(Map.of("keycloak", "token-1"));

		// What another instance stores is read: the database stays the truth.
		MongoWebSessionStore other = store();
		WebSession changed = other.retrieveSession(session.getId()).block();
		changed.getAttributes().put("savedRequest", "/praxis");
		changed.save().block();
		assertThat(store.retrieveSession(session.getId()).block().getAttributes()).containsEntry("savedRequest",
				"/praxis");
		other.removeSession(session.getId()).block();
		StepVerifier.create(store.retrieveSession(session.getId())).verifyComplete();
	}

	@Test
	void aRequestThatChangesNothingWritesNothingButEveryPutIsWritten() {
		MongoWebSessionStore store = store();
		WebSession session = loggedIn(store, "quiet-" + System.nanoTime());
		session.getAttributes().put("clients", new java.util.HashMap<>(Map.of("keycloak", "token-1")));
		session.save().block();

		// Its access is due to be written when the request comes.
		this.clock.advance(Duration.ofMinutes(2));
		WebSession reading = store.retrieveSession(session.getId()).block();
		// Meanwhile another request of the member stores something.
		WebSession other = store().retrieveSession(session.getId()).block();
		other.getAttributes().put("savedRequest", "/praxis");
		other.save().block();
		// The request that only read moves the last access but does not write its older
		// attributes back.
		reading.save().block();
		assertThat(store().retrieveSession(session.getId()).block().getAttributes()).containsEntry("savedRequest",
				"/praxis");
		this.clock.advance(Duration.ofMinutes(2));
		store.retrieveSession(session.getId()).block().save().block();
		assertThat(this.mongo.findById(session.getId(), StoredSession.class).block().lastAccessedAt())
			.isEqualTo(this.clock.instant());
		assertThat(store().retrieveSession(session.getId()).block().getAttributes()).containsEntry("savedRequest",
				"/praxis");

		// A map changed in place and put back, as Spring Security does with the
		// authorized clients, is written.
		WebSession refreshing = store.retrieveSession(session.getId()).block();
		@SuppressWarnings("unchecked")
		Map<String, String> clients = (Map<String, String>) refreshing.getAttributes().get("clients");
		clients.put("keycloak", "token-2");
		refreshing.getAttributes().put("clients", clients);
		refreshing.save().block();
		assertThat(store().retrieveSession(session.getId()).block().getAttributes().get("clients"))
			.isEqualTo(Map.of("keycloak", "token-2"));
	}

	@Test
	void removesExpiredSessionsInBulk() {
		MongoWebSessionStore store = store();
		AtomicReference<String> id = new AtomicReference<>();
		WebSession session = store.createWebSession().block();
		session.getAttributes().put("x", 1);
		session.save().block();
		id.set(session.getId());

		this.clock.advance(Duration.ofHours(9));

		assertThat(store.removeExpired().block()).isGreaterThanOrEqualTo(1);
		assertThat(this.mongo.findById(id.get(), StoredSession.class).block()).isNull();
	}

	@Test
	void endsEverySessionOfAMemberAndOnlyTheirs() {
		MongoWebSessionStore store = store();
		String member = "member-" + System.nanoTime();
		WebSession laptop = loggedIn(store, member);
		WebSession phone = loggedIn(store, member);
		WebSession someoneElse = loggedIn(store, "other-" + System.nanoTime());

		assertThat(store.sessionsOf(member).count().block()).isEqualTo(2);
		assertThat(store.removeSessionsOf(member).block()).isEqualTo(2);

		StepVerifier.create(store.retrieveSession(laptop.getId())).verifyComplete();
		StepVerifier.create(store.retrieveSession(phone.getId())).verifyComplete();
		StepVerifier.create(store.retrieveSession(someoneElse.getId())).expectNextCount(1).verifyComplete();
	}

	private static WebSession loggedIn(MongoWebSessionStore store, String memberId) {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", memberId, "preferred_username", memberId));
		DefaultOidcUser user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("ROLE_MEMBER"), token,
				"preferred_username");
		WebSession session = store.createWebSession().block();
		session.getAttributes()
			.put("SPRING_SECURITY_CONTEXT",
					new SecurityContextImpl(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak")));
		session.save().block();
		return session;
	}

	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
