package de.impulsnetz.talk.captions.web;

import java.util.Optional;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.captions.CaptionTrack;
import de.impulsnetz.talk.captions.CaptionsInvalid;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.recording.PlayableRecording;
import de.impulsnetz.talk.recording.Recordings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The transcript of a talk: its captions as paragraphs by speaker. Every timestamp links
 * to {@code ?t=<seconds>#player}, which renders the page again with the player starting
 * there (a {@code #t=} media fragment), so jumping works without JavaScript; with it
 * ({@code js/transcript.js}) the player seeks at once and the line being spoken is
 * marked.
 */
@Controller
class TranscriptController {

	private final TalkAccess access;

	private final TalkLibrary library;

	private final CurrentMember currentMember;

	private final TalkCaptions captions;

	private final TalkChapters chapters;

	private final TalkSlides slides;

	private final Recordings recordings;

	TranscriptController(TalkAccess access, TalkLibrary library, CurrentMember currentMember, TalkCaptions captions,
			TalkChapters chapters, TalkSlides slides, Recordings recordings) {
		this.recordings = recordings;
		this.access = access;
		this.library = library;
		this.currentMember = currentMember;
		this.captions = captions;
		this.chapters = chapters;
		this.slides = slides;
	}

	@GetMapping("/impulse/{series}/{talk}/transkript")
	Mono<Rendering> transcript(@PathVariable String series, @PathVariable String talk,
			@RequestParam(name = "t", required = false) @Nullable String start,
			@RequestParam(name = "sprache", required = false) @Nullable String language) {
		return this.currentMember.optional()
			.flatMap((member) -> this.access.forListening(series, talk, member.orElse(null)))
			.map((found) -> page(found, PlayableRecording.startFragment(start), tag(language)));
	}

	private Rendering page(Talk talk, String start, @Nullable String language) {
		String base = "/impulse/" + talk.series() + "/" + talk.slug();
		return Rendering.view("talk/captions/transcript")
			.modelAttribute("talk", talk)
			.modelAttribute("base", base)
			.modelAttribute("seriesTitle",
					this.library.series(talk.series()).map(TalkSeries::title).defaultIfEmpty(talk.series()))
			.modelAttribute("transcript",
					this.captions.transcript(talk, language).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.modelAttribute("captionTracks", this.captions.all(talk).collectList())
			.modelAttribute("tracks", this.captions.tracks(talk).collectList())
			.modelAttribute("chapters", this.chapters.chapters(talk))
			.modelAttribute("slides", this.slides.deck(talk).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.modelAttribute("languageParam", (language != null) ? "&sprache=" + language : "")
			.modelAttribute("media", this.recordings.playable(talk).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.modelAttribute("playerStart", start)
			.build();
	}

	private static @Nullable String tag(@Nullable String language) {
		if (language == null || language.isBlank()) {
			return null;
		}
		try {
			return TalkCaptions.languageTag(language);
		}
		catch (CaptionsInvalid unknown) {
			return CaptionTrack.GERMAN;
		}
	}

}
