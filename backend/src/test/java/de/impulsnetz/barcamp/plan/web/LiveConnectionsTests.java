package de.impulsnetz.barcamp.plan.web;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.personal.Stars;
import de.impulsnetz.barcamp.plan.LivePlans;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.PublicUrl;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that holds as many live plan connections as it may answers the next one
 * with 503, a German message and when to try again, before the stream begins.
 */
@IntegrationTest
class LiveConnectionsTests {

	@Autowired
	EventCalendar calendar;

	@Autowired
	SessionPlans plans;

	@Autowired
	CurrentMember currentMember;

	@Autowired
	Stars stars;

	@Autowired
	MessageSource messages;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aFullInstanceAnswers503WithAGermanMessageAndRetryAfter() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(20, Voting.PLUS_ONE)).block();
		PlanController full = new PlanController(this.calendar, this.plans, LivePlans.withRoomFor(this.mongo, 0),
				this.currentMember, this.stars, this.messages, PublicUrl.of("http://localhost"));
		String body = WebTestClient.bindToController(full)
			.build()
			.get()
			.uri("/veranstaltungen/" + event.slug() + "/plan/live")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "de")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "30")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("Zu viele Besucherinnen und Besucher verfolgen gerade Pläne live");
	}

}
