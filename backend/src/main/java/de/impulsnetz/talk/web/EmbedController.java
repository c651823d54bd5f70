package de.impulsnetz.talk.web;

import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLoginRequired;
import de.impulsnetz.talk.TalkNotFound;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.recording.Recordings;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The player of a talk alone, for municipalities to embed on their own websites: the one
 * page that other sites may show in a frame (its own {@code frame-ancestors}, from
 * {@code impulsnetz.embed.frame-ancestors}, by default any site), and only for talks
 * anyone may play. Everything it loads still comes from this site.
 */
@Controller
class EmbedController {

	private final TalkAccess access;

	private final Recordings recordings;

	private final TalkCaptions captions;

	private final String contentSecurityPolicy;

	EmbedController(TalkAccess access, Recordings recordings, TalkCaptions captions,
			@Value("${impulsnetz.embed.frame-ancestors:*}") String frameAncestors) {
		this.access = access;
		this.recordings = recordings;
		this.captions = captions;
		this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'none'; frame-ancestors " + frameAncestors;
	}

	@GetMapping("/impulse/{series}/{talk}/einbetten")
	Mono<Rendering> embed(@PathVariable String series, @PathVariable String talk) {
		return this.access.forListening(series, talk, null)
			.onErrorMap(TalkLoginRequired.class, (membersOnly) -> new TalkNotFound(series + "/" + talk))
			.flatMap((found) -> this.recordings.playable(found)
				.zipWith(this.captions.tracks(found).collectList())
				.map((player) -> Rendering.view("talk/embed")
					.modelAttribute("title", found.title())
					.modelAttribute("href", "/impulse/" + found.series() + "/" + found.slug())
					.modelAttribute("media", player.getT1())
					.modelAttribute("tracks", player.getT2())
					.header("Content-Security-Policy", this.contentSecurityPolicy)
					.build()))
			.switchIfEmpty(Pages.notFound());
	}

}
