package de.impulsnetz.talk.captions.api;

import java.util.List;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkNotFound;
import de.impulsnetz.talk.captions.CaptionTrack;
import de.impulsnetz.talk.captions.Chapter;
import de.impulsnetz.talk.captions.Chapters;
import de.impulsnetz.talk.captions.SlideDeck;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.captions.WebVtt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A talk's captions, chapters and slides for the organisers of its series: each
 * {@code PUT} replaces what the talk had. Bodies are checked like the page's uploads, and
 * refusals name the line or the entry that is wrong.
 */
@RestController
@RequestMapping("/api/v1/impulse/{reihe}/vortraege/{talk}")
@Tag(name = "Impulse")
class CaptionsApi {

	static final String VTT = "text/vtt";

	static final String SRT = "application/x-subrip";

	private final TalkAccess access;

	private final CurrentMember currentMember;

	private final TalkCaptions captions;

	private final TalkChapters chapters;

	private final TalkSlides slides;

	CaptionsApi(TalkAccess access, CurrentMember currentMember, TalkCaptions captions, TalkChapters chapters,
			TalkSlides slides) {
		this.access = access;
		this.currentMember = currentMember;
		this.captions = captions;
		this.chapters = chapters;
		this.slides = slides;
	}

	@GetMapping("/untertitel")
	@Operation(
			summary = "Die Untertitel des Vortrags je Sprache, Deutsch zuerst, mit der Adresse der WebVTT-Datei; leer, solange der Lesende die Aufnahme nicht abspielen darf")
	Flux<CaptionsResponse> listCaptions(@PathVariable("reihe") String series, @PathVariable String talk) {
		return this.currentMember.optional()
			.flatMapMany((member) -> this.access.forListening(series, talk, member.orElse(null))
				.flatMapMany((found) -> this.captions.all(found).map((track) -> CaptionsResponse.of(found, track)))
				.onErrorResume(TalkNotFound.class,
						(notListenable) -> this.access.forReading(series, talk, member.orElse(null))
							.thenMany(Flux.empty())));
	}

	@PutMapping(path = "/untertitel/{sprache}", consumes = { VTT, SRT })
	@Operation(
			summary = "Ersetzt die Untertitel des Vortrags in einer Sprache (de, en, en-GB …); WebVTT oder SRT (wird in WebVTT umgewandelt), UTF-8, höchstens 2 MB. Geprüft werden Zeitangaben, Reihenfolge und Länge; Textauszeichnung außer <v>, <i>, <b>, <u>, <c>, <lang> wird entfernt. Fehler nennen die Zeile",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = { @Content(mediaType = VTT, schema = @Schema(type = "string")),
							@Content(mediaType = SRT, schema = @Schema(type = "string")) }))
	Mono<CaptionsResponse> putCaptions(@PathVariable("reihe") String series, @PathVariable String talk,
			@PathVariable("sprache") String language, ServerHttpRequest request) {
		return editable(series, talk).flatMap((found) -> this.captions.store(found, language, request.getBody())
			.map((stored) -> CaptionsResponse.of(found, stored)));
	}

	@PutMapping(path = "/kapitel", consumes = "application/json")
	@Operation(
			summary = "Ersetzt die Kapitel des Vortrags; eine leere Liste löscht sie. start als „mm:ss“ oder „hh:mm:ss“ (optional mit Millisekunden „.250“), der Zeit nach geordnet; höchstens "
					+ Chapters.MAX + " Kapitel. Die Antwort nennt die gespeicherten Kapitel")
	Mono<List<ChapterEntry>> putChapters(@PathVariable("reihe") String series, @PathVariable String talk,
			@RequestBody List<@Nullable ChapterEntry> entries) {
		return editable(series, talk).flatMap(
				(found) -> this.chapters
					.saveRows(found,
							entries.stream()
								.map((entry) -> (entry != null) ? new Chapters.Row(entry.start(), entry.title()) : null)
								.toList())
					.map((saved) -> saved.stream().map(ChapterEntry::of).toList()));
	}

	@PutMapping(path = "/folien", consumes = "application/pdf")
	@Operation(
			summary = "Ersetzt die Folien des Vortrags: eine PDF-Datei (an ihren Bytes erkannt) bis zur eingestellten Größe (Standard 50 MB); ihr Text wird für die Suche gelesen",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/pdf",
							schema = @Schema(type = "string", format = "binary"))))
	Mono<SlidesResponse> putSlides(@PathVariable("reihe") String series, @PathVariable String talk,
			ServerHttpRequest request) {
		return editable(series, talk)
			.flatMap((found) -> this.slides.store(found, request.getBody(), request.getHeaders().getContentLength())
				.map((stored) -> SlidesResponse.of(found, stored)));
	}

	private Mono<Talk> editable(String series, String talk) {
		return this.currentMember.required().flatMap((member) -> this.access.forEditing(series, talk, member));
	}

	/**
	 * A chapter as the API reads and writes it.
	 */
	record ChapterEntry(
			@Schema(description = "Beginn: „mm:ss“ oder „hh:mm:ss“, optional mit Millisekunden", example = "00:12:34",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String start,
			@Schema(description = "Titel des Kapitels", example = "Fragen aus dem Publikum",
					maxLength = Chapters.MAX_TITLE,
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String title) {

		static ChapterEntry of(Chapter chapter) {
			String time = WebVtt.time(chapter.start());
			return new ChapterEntry(time.endsWith(".000") ? time.substring(0, time.length() - 4) : time,
					chapter.title());
		}

	}

	/**
	 * Stored captions: their language (also as {@code id}, the address of the captions in
	 * the API), how many captions, and where the player loads them.
	 */
	record CaptionsResponse(String id, String language, String label, int cues, String url) {

		static CaptionsResponse of(Talk talk, CaptionTrack track) {
			return new CaptionsResponse(track.language(), track.language(), track.label(), track.cueCount(),
					TalkCaptions.url(talk, track.language()));
		}

	}

	/**
	 * Stored slides: size, pages and where to download them.
	 */
	record SlidesResponse(long bytes, int pages, String url) {

		static SlidesResponse of(Talk talk, SlideDeck deck) {
			return new SlidesResponse(deck.bytes(), deck.pages(),
					"/impulse/" + talk.series() + "/" + talk.slug() + "/folien.pdf");
		}

	}

}
