package de.impulsnetz.identity;

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
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.server.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MongoWebSessionStoreTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

	private MongoWebSessionStore store() {
		return new MongoWebSessionStore(this.mongo, this.clock, Duration.ofHours(8), getClass().getClassLoader());
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
		WebSession session = store.createWebSession().block();
		session.getAttributes().put("x", 1);
		session.save().block();

		this.clock.advance(Duration.ofHours(8).plusSeconds(1));

		StepVerifier.create(store.retrieveSession(session.getId())).verifyComplete();
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
