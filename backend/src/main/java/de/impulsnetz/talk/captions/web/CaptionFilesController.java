package de.impulsnetz.talk.captions.web;

import java.nio.charset.StandardCharsets;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.captions.CaptionTrack;
import de.impulsnetz.talk.captions.CaptionsInvalid;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.recording.Recordings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files the player, podcast apps and readers load: captions and chapters as WebVTT,
 * chapters as Podcasting 2.0 JSON, the slides as PDF. Whoever may play the talk's
 * recording may load them ({@code TalkAccess#forListening}); they may change at any time
 * and may be for members only, so nobody but the browser keeps them.
 */
@RestController
class CaptionFilesController {

	static final MediaType VTT = new MediaType("text", "vtt", StandardCharsets.UTF_8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CacheControl PRIVATE = CacheControl.noCache().cachePrivate();

	private final TalkAccess access;

	private final CurrentMember currentMember;

	private final TalkCaptions captions;

	private final TalkChapters chapters;

	private final Recordings recordings;

	private final TalkSlides slides;

	CaptionFilesController(TalkAccess access, CurrentMember currentMember, TalkCaptions captions, TalkChapters chapters,
			TalkSlides slides, Recordings recordings) {
		this.access = access;
		this.recordings = recordings;
		this.currentMember = currentMember;
		this.captions = captions;
		this.chapters = chapters;
		this.slides = slides;
	}

	@GetMapping("/impulse/{series}/{talk}/untertitel/{language}.vtt")
	Mono<ResponseEntity<String>> captions(@PathVariable String series, @PathVariable String talk,
			@PathVariable String language) {
		return listenable(series, talk)
			.flatMap((found) -> Mono.fromCallable(() -> TalkCaptions.languageTag(language))
				.onErrorResume(CaptionsInvalid.class, (invalid) -> Mono.empty())
				.flatMap((tag) -> this.captions.track(found, tag)))
			.map(CaptionTrack::vtt)
			.map((vtt) -> ResponseEntity.ok().contentType(VTT).cacheControl(PRIVATE).body(vtt))
			.switchIfEmpty(Pages.notFound());
	}

	@GetMapping("/impulse/{series}/{talk}/kapitel.vtt")
	Mono<ResponseEntity<String>> chaptersTrack(@PathVariable String series, @PathVariable String talk) {
		return listenable(series, talk)
			.flatMap((found) -> withChapters(found,
					this.recordings.duration(found)
						.flatMap((duration) -> this.chapters.vtt(found, duration.orElse(null)))))
			.map((vtt) -> ResponseEntity.ok().contentType(VTT).cacheControl(PRIVATE).body(vtt))
			.switchIfEmpty(Pages.notFound());
	}

	@GetMapping("/impulse/{series}/{talk}/kapitel.json")
	Mono<ResponseEntity<String>> chaptersJson(@PathVariable String series, @PathVariable String talk) {
		// Written here: the JSON encoder takes application/json and application/*+json,
		// the format's type is application/json+chapters.
		return listenable(series, talk).flatMap((found) -> withChapters(found, this.chapters.json(found)))
			.map(JSON::writeValueAsString)
			.map((json) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(TalkChapters.JSON_TYPE))
				.cacheControl(PRIVATE)
				.body(json))
			.switchIfEmpty(Pages.notFound());
	}

	@GetMapping("/impulse/{series}/{talk}/folien.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> slides(@PathVariable String series, @PathVariable String talk) {
		return listenable(series, talk).flatMap(this.slides::load)
			.map((file) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.contentLength(file.deck().bytes())
				.cacheControl(PRIVATE)
				.header("Content-Disposition",
						ContentDisposition.attachment().filename(talk + "-folien.pdf").build().toString())
				.body(file.content()))
			.switchIfEmpty(Pages.notFound());
	}

	private <T> Mono<T> withChapters(Talk talk, Mono<T> file) {
		return this.chapters.chapters(talk).filter((list) -> !list.isEmpty()).flatMap((list) -> file);
	}

	private Mono<Talk> listenable(String series, String talk) {
		return this.currentMember.optional()
			.flatMap((member) -> this.access.forListening(series, talk, member.orElse(null)));
	}

}
