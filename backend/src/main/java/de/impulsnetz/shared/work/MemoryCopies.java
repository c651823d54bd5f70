package de.impulsnetz.shared.work;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies in memory of what every reader sees alike (the municipalities, the published
 * cases), so that a member's page, which is rendered for them alone, reads these from
 * memory instead of the database. All copies are dropped on {@link ContentChanged}, and
 * kept at most {@code impulsnetz.page-cache.time-to-live} for changes no event announces.
 * A read that began before the drop is not kept after it.
 */
@Component
public class MemoryCopies {

	/**
	 * How many keys a {@link Keyed} copy holds at most (cases, talks, …: every one of a
	 * large installation fits).
	 */
	static final int MAX_KEYS = 20_000;

	/** How each copy is dropped. */
	private final List<Runnable> copies = new CopyOnWriteArrayList<>();

	private final Duration timeToLive;

	private volatile boolean enabled;

	MemoryCopies(@Value("${impulsnetz.page-cache.time-to-live}") Duration timeToLive,
			@Value("${impulsnetz.page-cache.enabled}") boolean enabled) {
		this.timeToLive = timeToLive;
		this.enabled = enabled;
	}

	/**
	 * A copy of what {@code source} finds, read once and then from memory.
	 */
	public <T> Copy<T> of(Supplier<Flux<T>> source) {
		return new Copy<>(keyed((ignored) -> source.get().collectList()));
	}

	/**
	 * A copy of what {@code source} finds for each key (a case's reactions, a talk), read
	 * once per key and then from memory. An empty answer is kept too.
	 */
	public <K, V> Keyed<K, V> keyed(Function<K, Mono<V>> source) {
		Keyed<K, V> copy = new Keyed<>(source, this);
		this.copies.add(copy.kept.synchronous()::invalidateAll);
		return copy;
	}

	/**
	 * Switches the copies on or off (tests whose fixtures bypass the change events run
	 * with them off).
	 */
	public void enabled(boolean enabled) {
		this.enabled = enabled;
		forget();
	}

	@EventListener(ContentChanged.class)
	void forget() {
		this.copies.forEach(Runnable::run);
	}

	/**
	 * One kept list: a {@link Keyed} copy with a single key.
	 */
	public static final class Copy<T> {

		private final Keyed<Boolean, List<T>> kept;

		private Copy(Keyed<Boolean, List<T>> kept) {
			this.kept = kept;
		}

		public Flux<T> get() {
			return this.kept.get(Boolean.TRUE).flatMapIterable((list) -> list);
		}

	}

	/**
	 * Kept answers by key.
	 */
	public static final class Keyed<K, V> {

		private final Function<K, Mono<V>> source;

		private final MemoryCopies owner;

		private final AsyncCache<K, Optional<V>> kept;

		private Keyed(Function<K, Mono<V>> source, MemoryCopies owner) {
			this.source = source;
			this.owner = owner;
			this.kept = Caffeine.newBuilder().expireAfterWrite(owner.timeToLive).maximumSize(MAX_KEYS).buildAsync();
		}

		public Mono<V> get(K key) {
			if (!this.owner.enabled) {
				return this.source.apply(key);
			}
			// Removing the future of a read under way (forget) keeps its result out.
			return Mono.fromFuture(() -> this.kept.get(key, (ignored,
					executor) -> this.source.apply(key).map(Optional::of).defaultIfEmpty(Optional.empty()).toFuture()),
					true)
				.flatMap(Mono::justOrEmpty);
		}

	}

}
