package de.impulsnetz.shared.work;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes domain events from inside a reactive chain, after the write they report, and
 * waits for the work that listeners hand back.
 *
 * <p>
 * Listeners are ordinary {@code @EventListener} methods. Spring calls them synchronously
 * in the publishing thread, which here is often an event-loop thread where nothing may
 * block. A listener whose reaction needs I/O of its own (storing a mail in the outbox)
 * therefore returns a {@code Mono<Void>} instead of subscribing to it: the {@link Mono}
 * returned by {@link #publish} completes only after that work, so the request that caused
 * the event is answered after it, without blocking a thread. Chain it with
 * {@code flatMap} after the write.
 *
 * <p>
 * The write has happened when the event is published: a listener that throws, or whose
 * Mono fails, is logged and never turns the write into an error answer. An event
 * published through the plain {@link ApplicationEventPublisher} still reaches such a
 * listener; its Mono then runs in the background, as Spring does by default.
 */
@Component
public class ReactiveEvents {

	private static final Logger logger = LoggerFactory.getLogger(ReactiveEvents.class);

	/**
	 * The work listeners return while {@link #publish} calls them in this thread.
	 */
	private static final ThreadLocal<List<Mono<?>>> PENDING = new ThreadLocal<>();

	private final ApplicationEventPublisher publisher;

	ReactiveEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * Calls the event's listeners when subscribed and completes when the work they
	 * returned is done; never fails.
	 */
	public Mono<Void> publish(Object event) {
		return Mono.defer(() -> {
			List<Mono<?>> outer = PENDING.get();
			List<Mono<?>> pending = new ArrayList<>();
			PENDING.set(pending);
			try {
				this.publisher.publishEvent(event);
			}
			catch (RuntimeException ex) {
				logger.warn("A listener failed on {}", event, ex);
			}
			finally {
				PENDING.set(outer);
			}
			return Flux.fromIterable(pending).flatMap((work) -> work.then().onErrorResume((ex) -> {
				logger.warn("A listener's work on {} failed", event, ex);
				return Mono.empty();
			})).then();
		});
	}

	/**
	 * Takes a listener's result to be awaited by the {@link #publish} that is calling the
	 * listener; {@code false} when no such call is under way in this thread.
	 */
	static boolean await(Mono<?> work) {
		List<Mono<?>> pending = PENDING.get();
		if (pending == null) {
			return false;
		}
		pending.add(work);
		return true;
	}

}
