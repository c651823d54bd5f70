package de.impulsnetz.barcamp.export;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.plan.Schedule;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.shared.PublicUrl;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session plan for calendars and conference apps: iCalendar, and the C3VOC/frab
 * {@code schedule.xml} and {@code schedule.json}. Public, like the plan page, and cached
 * by browsers and proxies for a minute at most, since the plan changes on the day.
 */
@RestController
class ScheduleController {

	private final EventCalendar calendar;

	private final SessionPlans plans;

	private final String baseUrl;

	ScheduleController(EventCalendar calendar, SessionPlans plans, PublicUrl baseUrl) {
		this.calendar = calendar;
		this.plans = plans;
		this.baseUrl = baseUrl.base();
	}

	@GetMapping("/veranstaltungen/{slug}/plan.ics")
	Mono<ResponseEntity<String>> ics(@PathVariable String slug) {
		return schedule(slug).map((schedule) -> ResponseEntity.ok()
			.contentType(PlanCalendar.MEDIA_TYPE)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
			.header("Content-Disposition", "inline; filename=\"" + slug + ".ics\"")
			.body(PlanCalendar.of(schedule, this.baseUrl)));
	}

	@GetMapping("/veranstaltungen/{slug}/schedule.xml")
	Mono<ResponseEntity<String>> xml(@PathVariable String slug) {
		return schedule(slug).map((schedule) -> ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
			.body(ScheduleXml.of(schedule, this.baseUrl)));
	}

	@GetMapping("/veranstaltungen/{slug}/schedule.json")
	Mono<ResponseEntity<Map<String, Object>>> json(@PathVariable String slug) {
		return schedule(slug).map((schedule) -> ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
			.body(ScheduleJson.of(schedule, this.baseUrl)));
	}

	private Mono<Schedule> schedule(String slug) {
		return this.calendar.bySlug(slug).switchIfEmpty(Pages.notFound()).flatMap(this.plans::schedule);
	}

}
