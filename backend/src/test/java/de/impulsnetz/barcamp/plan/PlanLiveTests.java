package de.impulsnetz.barcamp.plan;

import java.time.Duration;
import java.util.stream.IntStream;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.Voting;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the live plan keeps per event: nothing for addresses of events that do not exist,
 * one shared poll while somebody watches, nothing once the last watcher has left; and no
 * more connections than the instance may hold.
 */
@IntegrationTest
class PlanLiveTests {

	private final PageClient pages;

	PlanLiveTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

	@Autowired
	PlanLive live;

	@Autowired
	EventCalendar calendar;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void unknownEventsAreRefusedAndKeepNothing() {
		IntStream.range(0, 20)
			.forEach((i) -> this.pages.anonymous()
				.get()
				.uri("/veranstaltungen/gibt-es-nicht-" + i + "/plan/live")
				.accept(MediaType.TEXT_EVENT_STREAM)
				.exchange()
				.expectStatus()
				.isNotFound());
		assertThat(this.live.polled()).noneMatch((event) -> event.startsWith("gibt-es-nicht-"));
	}

	@Test
	void theSharedPollIsForgottenWhenTheLastWatcherLeaves() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(20, Voting.PLUS_ONE)).block();
		Disposable first = this.live.versions(event.slug()).subscribe();
		Disposable second = this.live.versions(event.slug()).subscribe();
		assertThat(this.live.polled()).contains(event.slug());
		first.dispose();
		assertThat(this.live.polled()).contains(event.slug());
		second.dispose();
		assertThat(this.live.polled()).doesNotContain(event.slug());
		// A new watcher starts a new poll, which is forgotten in its turn.
		Disposable third = this.live.versions(event.slug()).subscribe();
		assertThat(this.live.polled()).contains(event.slug());
		third.dispose();
		assertThat(this.live.polled()).doesNotContain(event.slug());
	}

	@Test
	void aFullInstanceRefusesFurtherConnectionsAndFreesThemWhenTheyEnd() {
		PlanLive small = LivePlans.withRoomFor(this.mongo, 1);
		Disposable held = small.connection(Flux.never()).subscribe();
		assertThat(small.connections()).isEqualTo(1);
		StepVerifier.create(small.connection(Flux.just("zu viel")))
			.expectError(PlanLive.LiveConnectionsExhausted.class)
			.verify(Duration.ofSeconds(5));
		assertThat(small.connections()).isEqualTo(1);
		held.dispose();
		assertThat(small.connections()).isZero();
		StepVerifier.create(small.connection(Flux.just("wieder frei"))).expectNext("wieder frei").verifyComplete();
		assertThat(small.connections()).isZero();
	}

}
