package de.impulsnetz.talk.plays;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Service;

/**
 * Counts plays of a talk the way privacy-friendly web analytics count visits: a listener
 * is recognised for one day by a hash of a secret of the day, the address, the browser
 * and the talk. The secret lives only in memory and is replaced every day, so neither the
 * hash nor anything stored can be traced back to a person, and nothing is written to the
 * listener's device. What is stored is a number per talk and day.
 * <p>
 * Several instances each recognise their own listeners, so one listener sent to two
 * instances on one day counts twice: a small overcount that keeps counting free of stored
 * personal data.
 */
@Service
public class PlayCounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final AtomicReference<DailySecret> secret = new AtomicReference<>();

	private final Cache<String, Boolean> heardToday = Caffeine.newBuilder()
		.maximumSize(500_000)
		.expireAfterWrite(Duration.ofHours(25))
		.build();

	PlayCounts(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Counts a play of the talk by whoever sent this request, once a day per listener.
	 * @return whether this was a new play
	 */
	public Mono<Boolean> count(String talk, ServerHttpRequest request) {
		LocalDate today = LocalDate.now(this.clock.withZone(Berlin.ZONE));
		String listener = listener(today, talk, address(request),
				request.getHeaders().getFirst(HttpHeaders.USER_AGENT));
		if (this.heardToday.asMap().putIfAbsent(listener, Boolean.TRUE) != null) {
			return Mono.just(false);
		}
		Query day = Query.query(Criteria.where("_id").is(DailyPlays.id(talk, today)));
		Update update = new Update().inc("plays", 1).setOnInsert("talk", talk).setOnInsert("day", today);
		return this.mongo.findAndModify(day, update, FindAndModifyOptions.options().upsert(true), DailyPlays.class)
			.thenReturn(true);
	}

	/**
	 * All plays of the talk.
	 */
	public Mono<Long> total(String talk) {
		return byDay(talk).map(DailyPlays::plays).reduce(0L, Long::sum);
	}

	/**
	 * Plays per day, the newest first, for the organisers.
	 */
	public Mono<List<Day>> days(String talk) {
		return byDay(talk).map((plays) -> new Day(plays.day(), plays.plays())).collectList();
	}

	private Flux<DailyPlays> byDay(String talk) {
		return this.mongo.find(Query.query(Criteria.where("talk").is(talk)).with(Sort.by(Sort.Direction.DESC, "day")),
				DailyPlays.class);
	}

	private String listener(LocalDate today, String talk, String address, @Nullable String browser) {
		DailySecret current = this.secret
			.updateAndGet((held) -> (held != null && held.day().equals(today)) ? held : DailySecret.fresh(today));
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(current.bytes());
			for (String part : new String[] { talk, address, (browser != null) ? browser : "" }) {
				sha256.update(part.getBytes(StandardCharsets.UTF_8));
				sha256.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java has SHA-256", impossible);
		}
	}

	private static String address(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "";
	}

	/**
	 * Plays on one day.
	 */
	public record Day(LocalDate day, long plays) {

	}

	private record DailySecret(LocalDate day, byte[] bytes) {

		static DailySecret fresh(LocalDate day) {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			return new DailySecret(day, bytes);
		}

	}

}
