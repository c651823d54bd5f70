package de.impulsnetz.barcamp.plan.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.export.QrCodes;
import de.impulsnetz.barcamp.plan.Schedule;
import de.impulsnetz.barcamp.plan.Schedule.Entry;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.barcamp.web.EventViews.EventCard;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.shared.PublicUrl;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * What the venue shows: "Jetzt / Als Nächstes" for a screen in the hall, the plan for
 * printing (A4 or A3 landscape), and a QR code that leads phones to the live plan.
 */
@Controller
class ScreenController {

	private final EventCalendar calendar;

	private final SessionPlans sessionPlans;

	private final Clock clock;

	private final String baseUrl;

	ScreenController(EventCalendar calendar, SessionPlans sessionPlans, Clock clock, PublicUrl baseUrl) {
		this.calendar = calendar;
		this.sessionPlans = sessionPlans;
		this.clock = clock;
		this.baseUrl = baseUrl.base();
	}

	@GetMapping("/veranstaltungen/{slug}/jetzt")
	Mono<Rendering> now(@PathVariable String slug) {
		return event(slug).flatMap((event) -> this.sessionPlans.schedule(event).map((schedule) -> {
			Instant now = this.clock.instant();
			Optional<Slot> current = event.slots()
				.stream()
				.filter((slot) -> !now.isBefore(slot.start()) && now.isBefore(slot.end()))
				.findFirst();
			Optional<Slot> next = event.slots()
				.stream()
				.filter((slot) -> slot.start().isAfter(now) && slot.takesSessions())
				.findFirst();
			// The day the screen speaks of: today's while a slot runs, else the next
			// one's, else the event's first.
			// (A slot that runs past midnight is today's after it, not the day it began.)
			LocalDate day = Berlin.local(current.isPresent() ? now : next.map(Slot::start).orElse(event.startsAt()))
				.toLocalDate();
			return Rendering.view("barcamp/now")
				.modelAttribute("event", EventCard.of(event))
				.modelAttribute("day", day)
				.modelAttribute("today", day.equals(Berlin.local(now).toLocalDate()))
				.modelAttribute("current", current.map((slot) -> moment(schedule, slot, now)).orElse(null))
				.modelAttribute("next", next.map((slot) -> moment(schedule, slot, slot.start())).orElse(null))
				.modelAttribute("planUrl", planUrl(slug))
				.build();
		}));
	}

	/**
	 * A slot with the sessions that run in it.
	 *
	 * @param day in Berlin
	 * @param label for breaks and plenaries
	 */
	record Moment(LocalDate day, String time, @Nullable String label, boolean sessions, List<Entry> entries) {

	}

	private static Moment moment(Schedule schedule, Slot slot, Instant at) {
		List<Entry> running = schedule.entries()
			.stream()
			.filter((entry) -> !at.isBefore(entry.start()) && at.isBefore(entry.end()))
			.toList();
		return new Moment(Berlin.local(slot.start()).toLocalDate(), PlanView.time(slot), slot.label(),
				slot.takesSessions(), running);
	}

	@GetMapping("/veranstaltungen/{slug}/plan/druck")
	Mono<Rendering> print(@PathVariable String slug, @RequestParam(required = false) @Nullable String format) {
		return event(slug).flatMap((event) -> PlanView.read(this.sessionPlans, event)
			.map((view) -> Rendering.view("barcamp/plan-print")
				.modelAttribute("event", EventCard.of(event))
				.modelAttribute("plan", view)
				.modelAttribute("a3", "a3".equalsIgnoreCase(format))
				.modelAttribute("planUrl", planUrl(slug))
				.build()));
	}

	@GetMapping(path = "/veranstaltungen/{slug}/plan/qr.svg")
	@ResponseBody
	Mono<ResponseEntity<String>> qr(@PathVariable String slug) {
		return event(slug).map((event) -> ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
			.body(QrCodes.svg(planUrl(slug))));
	}

	private String planUrl(String slug) {
		return this.baseUrl + "/veranstaltungen/" + slug + "/plan";
	}

	private Mono<Event> event(String slug) {
		return this.calendar.bySlug(slug).switchIfEmpty(Pages.notFound());
	}

}
