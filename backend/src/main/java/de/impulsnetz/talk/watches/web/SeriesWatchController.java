package de.impulsnetz.talk.watches.web;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.watches.SeriesWatch;
import de.impulsnetz.talk.watches.SeriesWatches;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Watching a series from its page, and the unsubscribe page of the mails (a GET shows
 * what would end, a POST ends it: mail programs open links on their own).
 */
@Controller
class SeriesWatchController {

	private final SeriesWatches watches;

	private final TalkLibrary library;

	private final CurrentMember currentMember;

	SeriesWatchController(SeriesWatches watches, TalkLibrary library, CurrentMember currentMember) {
		this.watches = watches;
		this.library = library;
		this.currentMember = currentMember;
	}

	@PostMapping("/impulse/{series}/beobachten")
	Mono<Rendering> watch(@PathVariable String series, @ModelAttribute WatchForm form) {
		return this.currentMember.required()
			.flatMap((member) -> form.on() ? this.watches.watch(member, series).then()
					: this.watches.unwatch(member, series))
			.thenReturn(Rendering
				.redirectTo(Notices.redirect("/impulse/" + series, form.on() ? "beobachtet" : "nicht-beobachtet"))
				.build());
	}

	@GetMapping("/benachrichtigungen/impulse/{token}")
	Mono<Rendering> unsubscribePage(@PathVariable String token) {
		return this.watches.byToken(token)
			.flatMap(this::view)
			.map((watch) -> Rendering.view("talk/unsubscribe").modelAttribute("watch", watch).build())
			.switchIfEmpty(
					Mono.fromSupplier(() -> Rendering.view("talk/unsubscribe").modelAttribute("gone", true).build()));
	}

	@PostMapping("/benachrichtigungen/impulse/{token}")
	Mono<Rendering> unsubscribe(@PathVariable String token) {
		return this.watches.unsubscribe(token)
			.flatMap(this::view)
			.map((watch) -> Rendering.view("talk/unsubscribe").modelAttribute("ended", watch).build())
			.switchIfEmpty(Pages.notFound());
	}

	private Mono<WatchView> view(SeriesWatch watch) {
		return this.library.series(watch.series())
			.map(TalkSeries::title)
			.defaultIfEmpty(watch.series())
			.map((title) -> new WatchView(watch.series(), title, watch.token()));
	}

	/**
	 * A watch as the unsubscribe page shows it.
	 */
	record WatchView(String series, String title, String token) {

	}

	/**
	 * @param wert {@code ja} to watch, anything else to stop
	 */
	record WatchForm(@Nullable String wert) {

		boolean on() {
			return "ja".equals(this.wert);
		}

	}

}
