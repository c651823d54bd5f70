package de.impulsnetz.shared.work;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publishing from a reactive chain waits for the work listeners return, and a failing
 * listener never fails the publisher.
 */
class ReactiveEventsTests {

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
			ReactiveEvents.class, AwaitingEventListenerFactory.class, Listeners.class);

	private final ReactiveEvents events = this.context.getBean(ReactiveEvents.class);

	private final Listeners listeners = this.context.getBean(Listeners.class);

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void publishCompletesOnlyAfterTheWorkAListenerReturned() {
		StepVerifier.create(this.events.publish(new Happened("a")))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(200))
			.then(() -> this.listeners.gate.tryEmitEmpty())
			.verifyComplete();
		assertThat(this.listeners.done).containsExactly("sync a", "work a");
	}

	@Test
	void nothingHappensBeforeThePublishIsSubscribed() {
		Mono<Void> later = this.events.publish(new Happened("b"));
		assertThat(this.listeners.done).isEmpty();
		this.listeners.gate.tryEmitEmpty();
		later.block(Duration.ofSeconds(5));
		assertThat(this.listeners.done).containsExactly("sync b", "work b");
	}

	@Test
	void aFailingListenerIsLoggedAndTheOthersStillRun() {
		this.listeners.gate.tryEmitEmpty();
		StepVerifier.create(this.events.publish(new Failed("c"))).verifyComplete();
		assertThat(this.listeners.done).containsExactly("work c");
		StepVerifier.create(this.events.publish(new Thrown("d"))).verifyComplete();
	}

	@Test
	void aPlainPublishStillRunsTheWorkInTheBackground() {
		this.context.publishEvent(new Happened("e"));
		assertThat(this.listeners.done).containsExactly("sync e");
		this.listeners.gate.tryEmitEmpty();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.listeners.done.contains("work e"));
	}

	record Happened(String name) {
	}

	record Failed(String name) {
	}

	record Thrown(String name) {
	}

	static class Listeners {

		final List<String> done = new CopyOnWriteArrayList<>();

		final Sinks.Empty<Void> gate = Sinks.empty();

		@EventListener
		void sync(Happened event) {
			this.done.add("sync " + event.name());
		}

		@EventListener
		Mono<Void> work(Happened event) {
			return this.gate.asMono().then(Mono.fromRunnable(() -> this.done.add("work " + event.name())));
		}

		@EventListener
		Mono<Void> fails(Failed event) {
			return Mono.error(new IllegalStateException("no " + event.name()));
		}

		@EventListener
		Mono<Void> worksToo(Failed event) {
			return Mono.fromRunnable(() -> this.done.add("work " + event.name()));
		}

		@EventListener
		void throwsAtOnce(Thrown event) {
			throw new IllegalStateException("no " + event.name());
		}

	}

}
