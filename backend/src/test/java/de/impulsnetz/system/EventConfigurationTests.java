package de.impulsnetz.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A listener that fails on a domain event is logged; the write that published the event
 * still succeeds, and the other listeners still hear of it. A small context of its own:
 * the application's shared test context must not get a failing listener.
 */
class EventConfigurationTests {

	@Test
	void aFailingListenerDoesNotTurnACompletedWriteIntoAnError() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				EventConfiguration.class, Listeners.class)) {
			Writer writer = new Writer(context);
			assertThat(writer.save("Fall 1").block()).isEqualTo("Fall 1");
			assertThat(context.getBean(Listeners.class).heard).containsExactly("Fall 1");
		}
	}

	@Test
	void theFrameworksOwnEventsStillFailLoudly() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				EventConfiguration.class, Listeners.class)) {
			assertThatIllegalStateException().isThrownBy(() -> context.publishEvent(new Started(this)));
		}
	}

	/**
	 * What the services do: publish once the save has completed.
	 */
	record Writer(ApplicationEventPublisher events) {

		Mono<String> save(String title) {
			return Mono.just(title).doOnNext((saved) -> this.events.publishEvent(new Saved(saved)));
		}

	}

	record Saved(String title) {

	}

	static final class Started extends ApplicationEvent {

		Started(Object source) {
			super(source);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Listeners {

		final List<String> heard = new ArrayList<>();

		@EventListener
		@Order(1)
		void fail(Saved saved) {
			throw new IllegalStateException("listener broken");
		}

		@EventListener
		@Order(2)
		void hear(Saved saved) {
			this.heard.add(saved.title());
		}

		@EventListener
		void failOnStart(Started started) {
			throw new IllegalStateException("start broken");
		}

	}

}
