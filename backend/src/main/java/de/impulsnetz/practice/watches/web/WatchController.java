package de.impulsnetz.practice.watches.web;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.practice.web.PracticeWebErrors;
import de.impulsnetz.practice.web.Toggle;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.practice.watches.PracticeWatches;
import de.impulsnetz.practice.watches.Watch;
import de.impulsnetz.shared.web.Pages;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Watching cases, topics and channels, and the unsubscribe page of the mails (a GET shows
 * what would end, a POST ends it: mail programs open links on their own).
 */
@Controller
class WatchController {

	private final PracticeWatches watches;

	private final CurrentMember currentMember;

	WatchController(PracticeWatches watches, CurrentMember currentMember) {
		this.watches = watches;
		this.currentMember = currentMember;
	}

	@PostMapping("/praxis/{slug}/beobachten")
	Mono<Rendering> watchPractice(@PathVariable String slug, @ModelAttribute Toggle form) {
		return toggle(Watch.Kind.CASE, slug, form.on()).thenReturn(
				Rendering.redirectTo(Notices.redirect("/praxis/" + slug, form.on() ? "beobachtet" : "nicht-beobachtet"))
					.build());
	}

	/**
	 * Watch a topic ({@code thema}) or a channel ({@code kanal}) from the filtered list.
	 */
	@PostMapping("/praxis/beobachten")
	Mono<Rendering> watchTopicOrChannel(@ModelAttribute TopicWatchForm form) {
		Watch.Kind kind = (form.kanal() != null && !form.kanal().isBlank()) ? Watch.Kind.CHANNEL : Watch.Kind.TOPIC;
		String target = (kind == Watch.Kind.CHANNEL) ? form.kanal() : form.thema();
		if (target == null || target.isBlank()) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		String back = UriComponentsBuilder.fromPath("/praxis")
			.queryParam((kind == Watch.Kind.CHANNEL) ? "kanal" : "thema", target)
			.encode()
			.build()
			.toUriString();
		return toggle(kind, target, "ja".equals(form.wert())).thenReturn(Rendering.redirectTo(back).build());
	}

	@GetMapping("/benachrichtigungen/{token}")
	Mono<Rendering> unsubscribePage(@PathVariable String token) {
		return this.watches.byToken(token)
			.map((watch) -> Rendering.view("practice/unsubscribe").modelAttribute("watch", WatchView.of(watch)).build())
			.switchIfEmpty(Mono.just(Rendering.view("practice/unsubscribe").modelAttribute("gone", true).build()));
	}

	@PostMapping("/benachrichtigungen/{token}")
	Mono<Rendering> unsubscribe(@PathVariable String token) {
		return this.watches.unsubscribe(token)
			.map((watch) -> Rendering.view("practice/unsubscribe").modelAttribute("ended", WatchView.of(watch)).build())
			.switchIfEmpty(Pages.notFound());
	}

	private Mono<Void> toggle(Watch.Kind kind, String target, boolean on) {
		return this.currentMember.required()
			.flatMap((member) -> on ? this.watches.watch(member, kind, target).then()
					: this.watches.unwatch(member, kind, target))
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	record TopicWatchForm(@Nullable String thema, @Nullable String kanal, @Nullable String wert) {

	}

}
