package de.impulsnetz.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionStore;

/**
 * Web sessions in MongoDB: the app stays stateless, so several instances can serve one
 * member. A small store of our own instead of Spring Session, whose MongoDB module has no
 * release for Spring Boot 4 yet. Attributes are JDK-serialised, as Spring Session does;
 * they only ever come from this app's own database.
 */
class MongoWebSessionStore implements WebSessionStore {

	/**
	 * Writing the session again on every request only to move its last access is waste.
	 */
	private static final Duration ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SECURITY_CONTEXT = WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Duration maxIdleTime;

	private final SerializingConverter serializer = new SerializingConverter();

	private final DeserializingConverter deserializer;

	MongoWebSessionStore(ReactiveMongoTemplate mongo, Clock clock, Duration maxIdleTime, ClassLoader classLoader) {
		this.mongo = mongo;
		this.clock = clock;
		this.maxIdleTime = maxIdleTime;
		this.deserializer = new DeserializingConverter(classLoader);
	}

	@Override
	public Mono<WebSession> createWebSession() {
		Instant now = this.clock.instant();
		return Mono.just(new Session(newId(), now, now, this.maxIdleTime, new HashMap<>(), false, null));
	}

	@Override
	public Mono<WebSession> retrieveSession(String sessionId) {
		return this.mongo.findById(sessionId, StoredSession.class).flatMap((stored) -> {
			Instant now = this.clock.instant();
			if (!stored.expiresAt().isAfter(now)) {
				return removeSession(sessionId).then(Mono.empty());
			}
			Session session = new Session(stored.id(), stored.createdAt(), now,
					Duration.ofSeconds(stored.maxIdleSeconds()), deserialize(stored.attributes()), true, stored);
			return Mono.just(session);
		});
	}

	@Override
	public Mono<Void> removeSession(String sessionId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(sessionId)), StoredSession.class).then();
	}

	@Override
	public Mono<WebSession> updateLastAccessTime(WebSession webSession) {
		((Session) webSession).lastAccessTime = this.clock.instant();
		return Mono.just(webSession);
	}

	/**
	 * Removes sessions that expired; MongoDB's TTL index does this on a real server, the
	 * embedded one needs it done.
	 */
	Mono<Long> removeExpired() {
		return this.mongo
			.remove(Query.query(Criteria.where("expiresAt").lte(this.clock.instant())), StoredSession.class)
			.map((result) -> result.getDeletedCount());
	}

	private Mono<Void> persist(Session session) {
		byte[] attributes = this.serializer.convert(new HashMap<>(session.attributes));
		StoredSession previous = session.stored;
		boolean unchanged = previous != null && previous.id().equals(session.id)
				&& java.util.Arrays.equals(previous.attributes(), attributes)
				&& Duration.between(previous.lastAccessedAt(), session.lastAccessTime)
					.compareTo(ACCESS_WRITE_INTERVAL) < 0;
		if (unchanged) {
			return Mono.empty();
		}
		StoredSession stored = new StoredSession(session.id, session.creationTime, session.lastAccessTime,
				session.maxIdleTime.toSeconds(), attributes, memberOf(session.attributes),
				session.lastAccessTime.plus(session.maxIdleTime));
		Mono<Void> removeOld = (previous != null && !previous.id().equals(session.id)) ? removeSession(previous.id())
				: Mono.empty();
		return removeOld.then(this.mongo.save(stored)).doOnNext((saved) -> session.stored = saved).then();
	}

	/**
	 * Ends every session of a member (account deleted).
	 */
	Mono<Long> removeSessionsOf(String member) {
		return this.mongo.remove(Query.query(Criteria.where("member").is(member)), StoredSession.class)
			.map((result) -> result.getDeletedCount());
	}

	/**
	 * When the member's sessions were started and last used, for their data export.
	 */
	Flux<StoredSession> sessionsOf(String member) {
		return this.mongo.find(Query.query(Criteria.where("member").is(member)), StoredSession.class);
	}

	private static String memberOf(Map<String, Object> attributes) {
		if (attributes.get(SECURITY_CONTEXT) instanceof SecurityContext context && context.getAuthentication() != null
				&& context.getAuthentication().isAuthenticated()) {
			Member member = CurrentMember.of(context.getAuthentication());
			return (member != null) ? member.id() : null;
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> deserialize(byte[] attributes) {
		return new ConcurrentHashMap<>((Map<String, Object>) this.deserializer.convert(attributes));
	}

	private static String newId() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private final class Session implements WebSession {

		private volatile String id;

		private final Instant creationTime;

		private volatile Instant lastAccessTime;

		private volatile Duration maxIdleTime;

		private final Map<String, Object> attributes;

		private final AtomicBoolean started;

		private volatile StoredSession stored;

		Session(String id, Instant creationTime, Instant lastAccessTime, Duration maxIdleTime,
				Map<String, Object> attributes, boolean started, StoredSession stored) {
			this.id = id;
			this.creationTime = creationTime;
			this.lastAccessTime = lastAccessTime;
			this.maxIdleTime = maxIdleTime;
			this.attributes = new ConcurrentHashMap<>(attributes);
			this.started = new AtomicBoolean(started);
			this.stored = stored;
		}

		@Override
		public String getId() {
			return this.id;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

		@Override
		public void start() {
			this.started.set(true);
		}

		@Override
		public boolean isStarted() {
			return this.started.get() || !this.attributes.isEmpty();
		}

		@Override
		public Mono<Void> changeSessionId() {
			// The old document is removed when the session is next saved.
			this.id = newId();
			return Mono.empty();
		}

		@Override
		public Mono<Void> invalidate() {
			this.attributes.clear();
			this.started.set(false);
			StoredSession previous = this.stored;
			this.stored = null;
			return (previous != null) ? removeSession(previous.id()) : Mono.empty();
		}

		@Override
		public Mono<Void> save() {
			return isStarted() ? persist(this) : Mono.empty();
		}

		@Override
		public boolean isExpired() {
			return !this.lastAccessTime.plus(this.maxIdleTime).isAfter(MongoWebSessionStore.this.clock.instant());
		}

		@Override
		public Instant getCreationTime() {
			return this.creationTime;
		}

		@Override
		public Instant getLastAccessTime() {
			return this.lastAccessTime;
		}

		@Override
		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		@Override
		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

	}

}
