package de.impulsnetz.shared.work;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Flux;

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

	private final List<Copy<?>> copies = new CopyOnWriteArrayList<>();

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
		Copy<T> copy = new Copy<>(source, this);
		this.copies.add(copy);
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
		this.copies.forEach(Copy::forget);
	}

	/**
	 * One kept list.
	 */
	public static final class Copy<T> {

		private final Supplier<Flux<T>> source;

		private final MemoryCopies owner;

		private final AsyncCache<Boolean, List<T>> kept;

		private Copy(Supplier<Flux<T>> source, MemoryCopies owner) {
			this.source = source;
			this.owner = owner;
			this.kept = Caffeine.newBuilder().expireAfterWrite(owner.timeToLive).maximumSize(1).buildAsync();
		}

		public Flux<T> get() {
			if (!this.owner.enabled) {
				return this.source.get();
			}
			// Removing the future of a read under way (forget) keeps its result out.
			return reactor.core.publisher.Mono
				.fromFuture(() -> this.kept.get(Boolean.TRUE,
						(key, executor) -> this.source.get().collectList().toFuture()), true)
				.flatMapIterable((list) -> list);
		}

		void forget() {
			this.kept.synchronous().invalidateAll();
		}

	}

}
