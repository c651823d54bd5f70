package de.impulsnetz.identity.session;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionStore;

/**
 * Web sessions in MongoDB: the app stays stateless, so several instances can serve one
 * member. A small store of our own instead of Spring Session, whose MongoDB module has no
 * release for Spring Boot 4 yet. Attributes are JDK-serialised, as Spring Session does,
 * but read back only through an allow-list of the classes a login really stores, so that
 * a session document planted in the database cannot run code.
 * <p>
 * A session ends for good: once it is removed (logout, account deleted, expired) a
 * request still in flight cannot write it back, because only the first save of a new
 * session inserts; later saves update the document if it still exists. Besides the idle
 * timeout, a session ends at an absolute lifetime after login whatever the activity, and
 * a session without a logged-in member (a login in progress) lives only minutes.
 */
public class MongoWebSessionStore implements WebSessionStore {

	/**
	 * Writing the session again on every request only to move its last access is waste.
	 */
	private static final Duration ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

	/**
	 * What the attributes of recently read sessions may take in memory, counted by their
	 * serialised size (a logged-in session holds about 6 kB).
	 */
	private static final long READS_MAX_BYTES = 32L * 1024 * 1024;

	private static final Log logger = LogFactory.getLog(MongoWebSessionStore.class);

	private static final String KEYCLOAK_SESSION = "sid";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SECURITY_CONTEXT = WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME;

	/**
	 * What a session holds: the security context with the OIDC login, the pending
	 * authorization request, the CSRF token, the saved request; their parts are JDK
	 * collections, numbers, strings and times. Everything else is refused.
	 */
	private static final ObjectInputFilter ATTRIBUTE_CLASSES = ObjectInputFilter.Config
		.createFilter("maxdepth=20;maxrefs=10000;maxarray=100000;maxbytes=1000000;"
				+ "java.lang.Object;java.lang.String;java.lang.Boolean;java.lang.Number;java.lang.Integer;java.lang.Long;"
				+ "java.lang.Short;java.lang.Byte;java.lang.Double;java.lang.Float;java.lang.Character;"
				+ "java.lang.Enum;java.util.*;java.util.concurrent.ConcurrentHashMap*;java.time.*;java.time.chrono.*;"
				+ "java.math.BigInteger;java.math.BigDecimal;java.net.URL;java.net.URI;org.springframework.security.**;!*");

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Lifetimes lifetimes;

	private final SerializingConverter serializer = new SerializingConverter();

	private final ClassLoader classLoader;

	/**
	 * The attributes last read of each session, with the bytes they were read from: a
	 * request whose session holds the same bytes takes a copy instead of deserialising
	 * them again (about a tenth of a logged-in request's CPU). The database stays the
	 * truth: every request still reads the document, so a session ended elsewhere ends
	 * here too.
	 */
	private final Cache<String, Read> reads = Caffeine.newBuilder()
		.maximumWeight(READS_MAX_BYTES)
		.weigher((String id, Read read) -> read.bytes().length + id.length())
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	MongoWebSessionStore(ReactiveMongoTemplate mongo, Clock clock, Lifetimes lifetimes, ClassLoader classLoader) {
		this.mongo = mongo;
		this.clock = clock;
		this.lifetimes = lifetimes;
		this.classLoader = classLoader;
	}

	@Override
	public Mono<WebSession> createWebSession() {
		Instant now = this.clock.instant();
		return Mono.just(new Session(newId(), now, now, this.lifetimes.idle(), new HashMap<>(), false, null));
	}

	@Override
	public Mono<WebSession> retrieveSession(String sessionId) {
		return this.mongo.findById(sessionId, StoredSession.class).flatMap((stored) -> {
			Instant now = this.clock.instant();
			if (!stored.expiresAt().isAfter(now) || !stored.createdAt().plus(this.lifetimes.absolute()).isAfter(now)) {
				return removeSession(sessionId).then(Mono.empty());
			}
			Map<String, Object> attributes = attributes(stored);
			if (attributes == null) {
				return removeSession(sessionId).then(Mono.empty());
			}
			Session session = new Session(stored.id(), stored.createdAt(), now,
					Duration.ofSeconds(stored.maxIdleSeconds()), attributes, true, stored);
			return Mono.just(session);
		});
	}

	@Override
	public Mono<Void> removeSession(String sessionId) {
		this.reads.invalidate(sessionId);
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
		StoredSession previous = session.stored;
		boolean sameDocument = previous != null && previous.id().equals(session.id);
		// Nothing put or removed: no need to serialise only to compare.
		byte[] attributes = (sameDocument && !session.attributes.changed()) ? previous.attributes()
				: this.serializer.convert(new HashMap<>(session.attributes));
		if (sameDocument && Arrays.equals(previous.attributes(), attributes)) {
			// The attributes this request read must not overwrite what another request
			// of the member stored meanwhile: at most the last access moves on.
			return accessToWrite(previous, session) ? touch(session, previous) : Mono.empty();
		}
		OidcUser login = loginOf(session.attributes);
		String member = memberOf(session.attributes);
		StoredSession stored = new StoredSession(session.id, session.creationTime, session.lastAccessTime,
				session.maxIdleTime.toSeconds(), attributes, member,
				(login != null) ? login.getIdToken().getClaimAsString(KEYCLOAK_SESSION) : null,
				session.expiresAt(member != null));
		if (previous == null) {
			return this.mongo.insert(stored).doOnNext((saved) -> session.stored = saved).then();
		}
		if (!previous.id().equals(session.id)) {
			// A new id (login) continues the session only if nobody ended it meanwhile.
			return this.mongo.remove(Query.query(Criteria.where("_id").is(previous.id())), StoredSession.class)
				.filter((removed) -> removed.getDeletedCount() > 0)
				.flatMap((removed) -> this.mongo.insert(stored))
				.doOnNext((saved) -> session.stored = saved)
				.then();
		}
		return this.mongo.replace(Query.query(Criteria.where("_id").is(session.id)), stored)
			.filter((replaced) -> replaced.getMatchedCount() > 0)
			.doOnNext((replaced) -> session.stored = stored)
			.then();
	}

	/**
	 * Moves the last access (and with it the idle end) of a session whose attributes this
	 * request left alone.
	 */
	private Mono<Void> touch(Session session, StoredSession previous) {
		Instant expiresAt = session.expiresAt(previous.member() != null);
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(session.id)),
					new Update().set("lastAccessedAt", session.lastAccessTime).set("expiresAt", expiresAt),
					StoredSession.class)
			.filter((updated) -> updated.getMatchedCount() > 0)
			.doOnNext((updated) -> session.stored = new StoredSession(previous.id(), previous.createdAt(),
					session.lastAccessTime, previous.maxIdleSeconds(), previous.attributes(), previous.member(),
					previous.keycloakSession(), expiresAt))
			.then();
	}

	private static boolean accessToWrite(StoredSession previous, Session session) {
		return Duration.between(previous.lastAccessedAt(), session.lastAccessTime)
			.compareTo(ACCESS_WRITE_INTERVAL) >= 0;
	}

	/**
	 * Ends every session of a member (account deleted).
	 */
	Mono<Long> removeSessionsOf(String member) {
		return this.mongo.remove(Query.query(Criteria.where("member").is(member)), StoredSession.class)
			.map((result) -> result.getDeletedCount());
	}

	/**
	 * Ends the sessions of a login that ended in Keycloak (back-channel logout): those of
	 * the Keycloak session if named, else every session of the member. Sessions of the
	 * member that do not know their Keycloak session end with it.
	 */
	Mono<Long> removeKeycloakSession(String member, @Nullable String keycloakSession) {
		Criteria sessions = Criteria.where("member").is(member);
		if (keycloakSession != null) {
			sessions = sessions.orOperator(Criteria.where("keycloakSession").is(keycloakSession),
					Criteria.where("keycloakSession").isNull());
		}
		return this.mongo.remove(Query.query(sessions), StoredSession.class).map((result) -> result.getDeletedCount());
	}

	/**
	 * When the member's sessions were started and last used, for their data export.
	 */
	Flux<StoredSession> sessionsOf(String member) {
		return this.mongo.find(Query.query(Criteria.where("member").is(member)), StoredSession.class);
	}

	private static @Nullable OidcUser loginOf(Map<String, Object> attributes) {
		return (attributes.get(SECURITY_CONTEXT) instanceof SecurityContext context
				&& context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof OidcUser user) ? user : null;
	}

	private static String memberOf(Map<String, Object> attributes) {
		if (attributes.get(SECURITY_CONTEXT) instanceof SecurityContext context && context.getAuthentication() != null
				&& context.getAuthentication().isAuthenticated()) {
			Member member = CurrentMember.of(context.getAuthentication());
			return (member != null) ? member.id() : null;
		}
		return null;
	}

	/**
	 * The session's attributes, for this request alone: from the bytes read last time
	 * when they are the same, else deserialised.
	 */
	private @Nullable Map<String, Object> attributes(StoredSession stored) {
		Read read = this.reads.getIfPresent(stored.id());
		if (read != null && Arrays.equals(read.bytes(), stored.attributes())) {
			return Read.copy(read.attributes());
		}
		Map<String, Object> attributes = deserialize(stored.attributes());
		if (attributes != null) {
			this.reads.put(stored.id(), new Read(stored.attributes(), Read.copy(attributes)));
		}
		return attributes;
	}

	/**
	 * The attributes, or {@code null} when they hold something no login stores: such a
	 * session is ended rather than read.
	 */
	@SuppressWarnings("unchecked")
	private @Nullable Map<String, Object> deserialize(byte[] attributes) {
		try (ObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(attributes),
				this.classLoader)) {
			in.setObjectInputFilter(MongoWebSessionStore::allowedAttributeClass);
			return new ConcurrentHashMap<>((Map<String, Object>) in.readObject());
		}
		catch (IOException | ClassNotFoundException | ClassCastException ex) {
			logger.warn("Ended a session whose attributes could not be read: " + ex);
			return null;
		}
	}

	private static ObjectInputFilter.Status allowedAttributeClass(ObjectInputFilter.FilterInfo info) {
		ObjectInputFilter.Status status = ATTRIBUTE_CLASSES.checkInput(info);
		if (status == ObjectInputFilter.Status.REJECTED && info.serialClass() != null) {
			logger.warn("Refused to read " + info.serialClass().getName() + " from a session");
		}
		return status;
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String newId() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private final class Session implements WebSession {

		private volatile String id;

		private volatile Instant creationTime;

		private volatile Instant lastAccessTime;

		private volatile Duration maxIdleTime;

		private final Attributes attributes;

		private final AtomicBoolean started;

		private volatile StoredSession stored;

		Session(String id, Instant creationTime, Instant lastAccessTime, Duration maxIdleTime,
				Map<String, Object> attributes, boolean started, StoredSession stored) {
			this.id = id;
			this.creationTime = creationTime;
			this.lastAccessTime = lastAccessTime;
			this.maxIdleTime = maxIdleTime;
			this.attributes = new Attributes(attributes);
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
			// The old document is removed when the session is next saved. The id
			// changes at login, where the absolute lifetime starts.
			this.id = newId();
			this.creationTime = MongoWebSessionStore.this.clock.instant();
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
			return !expiresAt(memberOf(this.attributes) != null).isAfter(MongoWebSessionStore.this.clock.instant());
		}

		/**
		 * The earlier of idle timeout and absolute lifetime; minutes only while nobody is
		 * logged in.
		 */
		Instant expiresAt(boolean loggedIn) {
			Duration idle = loggedIn ? this.maxIdleTime
					: min(this.maxIdleTime, MongoWebSessionStore.this.lifetimes.login());
			Instant idleEnd = this.lastAccessTime.plus(idle);
			Instant absoluteEnd = this.creationTime.plus(MongoWebSessionStore.this.lifetimes.absolute());
			return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
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

	/**
	 * How long sessions live.
	 *
	 * @param idle without a request, for a logged-in member
	 * @param absolute after login, whatever the activity
	 * @param login without a request, while nobody is logged in (a login in progress)
	 */
	record Lifetimes(Duration idle, Duration absolute, Duration login) {

	}

	/**
	 * Attributes as read from these bytes. Requests share the values, which a login never
	 * changes in place (a new security context replaces the old one), except the plain
	 * maps, which Spring Security does change in place (the authorized clients): each
	 * request gets maps of its own.
	 */
	private record Read(byte[] bytes, Map<String, Object> attributes) {

		static Map<String, Object> copy(Map<String, Object> attributes) {
			Map<String, Object> copy = new ConcurrentHashMap<>(attributes.size());
			attributes.forEach((name, value) -> copy.put(name,
					(value.getClass() == HashMap.class) ? new HashMap<>((Map<?, ?>) value) : value));
			return copy;
		}

	}

	/**
	 * A session's attributes that know whether anything was put or removed since they
	 * were read. Spring Security puts a value back after changing it in place (the
	 * authorized clients), so every change it makes passes through here. (Changes through
	 * the views, {@code entrySet().setValue}, are not seen; nothing makes them.)
	 */
	private static final class Attributes extends ConcurrentHashMap<String, Object> {

		private volatile boolean changed;

		Attributes(Map<String, Object> read) {
			super(read);
			// The constructor fills the map through putAll.
			this.changed = false;
		}

		boolean changed() {
			return this.changed;
		}

		@Override
		public Object put(String key, Object value) {
			this.changed = true;
			return super.put(key, value);
		}

		@Override
		public Object putIfAbsent(String key, Object value) {
			this.changed = true;
			return super.putIfAbsent(key, value);
		}

		@Override
		public void putAll(Map<? extends String, ?> values) {
			this.changed = true;
			super.putAll(values);
		}

		@Override
		public Object remove(Object key) {
			this.changed = true;
			return super.remove(key);
		}

		@Override
		public boolean remove(Object key, Object value) {
			this.changed = true;
			return super.remove(key, value);
		}

		@Override
		public Object compute(String key, BiFunction<? super String, ? super Object, ? extends Object> remapping) {
			this.changed = true;
			return super.compute(key, remapping);
		}

		@Override
		public Object computeIfAbsent(String key, Function<? super String, ? extends Object> mapping) {
			this.changed = true;
			return super.computeIfAbsent(key, mapping);
		}

		@Override
		public Object merge(String key, Object value,
				BiFunction<? super Object, ? super Object, ? extends Object> remapping) {
			this.changed = true;
			return super.merge(key, value, remapping);
		}

		@Override
		public Object computeIfPresent(String key,
				BiFunction<? super String, ? super Object, ? extends Object> remapping) {
			this.changed = true;
			return super.computeIfPresent(key, remapping);
		}

		@Override
		public Object replace(String key, Object value) {
			this.changed = true;
			return super.replace(key, value);
		}

		@Override
		public boolean replace(String key, Object oldValue, Object newValue) {
			this.changed = true;
			return super.replace(key, oldValue, newValue);
		}

		@Override
		public void replaceAll(BiFunction<? super String, ? super Object, ? extends Object> function) {
			this.changed = true;
			super.replaceAll(function);
		}

		@Override
		public void clear() {
			this.changed = true;
			super.clear();
		}

	}

}
