package de.impulsnetz.shared.work;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryCopiesTests {

	private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

	private Mono<String> source(String key) {
		this.reads.computeIfAbsent(key, (ignored) -> new AtomicInteger()).incrementAndGet();
		return key.equals("leer") ? Mono.empty() : Mono.just("Fall " + key);
	}

	private int reads(String key) {
		return this.reads.getOrDefault(key, new AtomicInteger()).get();
	}

	@Test
	void readsEachKeyOnceUntilContentChanges() {
		MemoryCopies copies = new MemoryCopies(Duration.ofMinutes(1), true);
		MemoryCopies.Keyed<String, String> cases = copies.keyed(this::source);

		assertThat(cases.get("a").block()).isEqualTo("Fall a");
		assertThat(cases.get("a").block()).isEqualTo("Fall a");
		assertThat(cases.get("b").block()).isEqualTo("Fall b");
		assertThat(cases.get("leer").blockOptional()).isEmpty();
		assertThat(cases.get("leer").blockOptional()).isEmpty();
		assertThat(reads("a")).isEqualTo(1);
		assertThat(reads("leer")).isEqualTo(1);

		copies.forget();
		assertThat(cases.get("a").block()).isEqualTo("Fall a");
		assertThat(reads("a")).isEqualTo(2);
	}

	@Test
	void aReadUnderWayWhenContentChangesIsNotKept() {
		MemoryCopies copies = new MemoryCopies(Duration.ofMinutes(1), true);
		AtomicInteger started = new AtomicInteger();
		Sinks.One<String> slow = Sinks.one();
		MemoryCopies.Keyed<String, String> cases = copies
			.keyed((key) -> (started.incrementAndGet() == 1) ? slow.asMono() : Mono.just("neu"));

		Mono<String> underWay = cases.get("a").cache();
		underWay.subscribe();
		copies.forget();
		slow.tryEmitValue("alt");
		assertThat(underWay.block()).isEqualTo("alt");
		assertThat(cases.get("a").block()).isEqualTo("neu");
	}

	@Test
	void switchedOffEveryReadGoesToTheSource() {
		MemoryCopies copies = new MemoryCopies(Duration.ofMinutes(1), false);
		MemoryCopies.Keyed<String, String> cases = copies.keyed(this::source);
		cases.get("a").block();
		cases.get("a").block();
		assertThat(reads("a")).isEqualTo(2);
	}

}
