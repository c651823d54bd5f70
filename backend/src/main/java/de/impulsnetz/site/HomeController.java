package de.impulsnetz.site;

import java.time.LocalDateTime;
import java.util.Map;

import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.web.Notice;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLibrary;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

@Controller
class HomeController {

	private final PracticeCatalog practices;

	private final EventCalendar events;

	/**
	 * Announced talks looked at for the three the page shows: some may be for members
	 * only.
	 */
	private static final int UPCOMING_CANDIDATES = 12;

	private final TalkLibrary talks;

	private final TalkAccess access;

	HomeController(PracticeCatalog practices, EventCalendar events, TalkLibrary talks, TalkAccess access) {
		this.practices = practices;
		this.events = events;
		this.talks = talks;
		this.access = access;
	}

	/** What the start page confirms: the end of an account deleted a moment ago. */
	private static final Notices NOTICES = Notices.at("oben", Map.of("konto-geloescht", "feedback.account.deleted"));

	@GetMapping("/")
	Rendering home(ServerHttpRequest request) {
		Notice notice = NOTICES.find(request);
		var latestPractices = this.practices.latestPublished(3)
			.map((practice) -> new Highlight("/praxis/" + practice.slug(), null, practice.title(), practice.teaser(),
					Berlin.local(practice.publishedAt())));
		var upcomingEvents = this.events.upcoming(3)
			.map((event) -> new Highlight("/veranstaltungen/" + event.slug(), event.venue().city(), event.title(), null,
					Berlin.local(event.startsAt())));
		var latestTalks = this.talks.latestTalks(3)
			.map((talk) -> new Highlight("/impulse/" + talk.key(), talk.speakers().get(0).name(), talk.title(), null,
					Berlin.local(talk.startsAt())));
		var upcomingTalks = this.access.readableByAnyone(this.talks.upcomingTalks(UPCOMING_CANDIDATES))
			.take(3)
			.map((talk) -> new Highlight("/impulse/" + talk.key(), talk.speakers().get(0).name(), talk.title(), null,
					Berlin.local(talk.startsAt())));
		Rendering.Builder<?> page = Rendering.view("site/home")
			.modelAttribute("practices", latestPractices.collectList())
			.modelAttribute("events", upcomingEvents.collectList())
			.modelAttribute("talks", latestTalks.collectList())
			.modelAttribute("upcomingTalks", upcomingTalks.collectList());
		return ((notice != null) ? page.modelAttribute("notice", notice) : page).build();
	}

	/**
	 * An entry on the start page.
	 */
	record Highlight(String href, @Nullable String meta, String title, @Nullable String text, LocalDateTime when) {

	}

}
