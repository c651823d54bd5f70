package de.impulsnetz.talk.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.impulsnetz.shared.web.PageMeta;
import de.impulsnetz.shared.PublicUrl;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkRights;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.TextTrack;
import de.impulsnetz.talk.captions.Chapter;
import de.impulsnetz.talk.captions.SlideDeck;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.captions.TalkChapters.Clip;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.plays.PlayCounts;
import de.impulsnetz.talk.recording.PlayableRecording;
import de.impulsnetz.talk.recording.Recordings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What a talk page shows of the recording to a reader who may play it: the player with
 * its text tracks, the chapters, the slides, the link to the transcript, the plays for
 * organisers, the code to embed it, and the schema.org description of the media with its
 * chapters as {@code Clip} parts.
 */
@Component
class TalkListening {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Recordings recordings;

	private final TalkCaptions captions;

	private final TalkChapters chapters;

	private final TalkSlides slides;

	private final PlayCounts plays;

	private final String publicUrl;

	TalkListening(Recordings recordings, TalkCaptions captions, TalkChapters chapters, TalkSlides slides,
			PlayCounts plays, PublicUrl publicUrl) {
		this.recordings = recordings;
		this.captions = captions;
		this.chapters = chapters;
		this.slides = slides;
		this.plays = plays;
		this.publicUrl = publicUrl.base();
	}

	/**
	 * The recording part of the talk page; empty when the reader may not play it.
	 */
	Mono<Optional<Recording>> recording(Talk talk, TalkSeries series, TalkRights rights) {
		if (!rights.listen()) {
			return Mono.just(Optional.empty());
		}
		String talkId = Objects.requireNonNull(talk.id());
		Mono<Optional<PlayableRecording>> media = this.recordings.playable(talk)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
		Mono<Optional<SlideDeck>> deck = this.slides.deck(talk).map(Optional::of).defaultIfEmpty(Optional.empty());
		Mono<Optional<Long>> played = rights.edit() ? this.plays.total(talkId).map(Optional::of)
				: Mono.just(Optional.empty());
		return Mono
			.zip(media, this.captions.tracks(talk).collectList(), this.chapters.chapters(talk), deck, played,
					this.captions.languages(talkId).hasElements())
			.flatMap((loaded) -> {
				PlayableRecording playable = loaded.getT1().orElse(null);
				Duration duration = (playable != null)
						? Duration.ofMillis(Math.round(playable.durationSeconds() * 1000)) : null;
				return this.chapters.clips(talk, duration)
					.collectList()
					.map((clips) -> Optional.of(new Recording(playable, loaded.getT2(), loaded.getT3(),
							loaded.getT4().orElse(null), loaded.getT6(), loaded.getT5().orElse(null),
							(playable != null && TalkRights.of(null, series, talk).listen()) ? embedCode(talk) : null,
							(playable != null) ? meta(talk, series, playable, clips) : null)));
			});
	}

	private String base(Talk talk) {
		return this.publicUrl + "/impulse/" + talk.series() + "/" + talk.slug();
	}

	private String embedCode(Talk talk) {
		return "<iframe src=\"" + base(talk) + "/einbetten\" title=\"" + HtmlUtils.htmlEscape(talk.title())
				+ "\" width=\"640\" height=\"420\" allow=\"fullscreen\"></iframe>";
	}

	private PageMeta meta(Talk talk, TalkSeries series, PlayableRecording media, List<Clip> clips) {
		String url = base(talk);
		String description = talk.title() + " – " + series.title();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", media.video() ? "VideoObject" : "AudioObject");
		data.put("name", talk.title());
		data.put("description", description);
		data.put("url", url);
		data.put("inLanguage", "de");
		data.put("uploadDate", talk.startsAt().toString());
		data.put("duration", Duration.ofSeconds(Math.round(media.durationSeconds())).toString());
		data.put("contentUrl", this.publicUrl + media.source());
		data.put("encodingFormat", media.mediaType());
		if (media.poster() != null) {
			data.put("thumbnailUrl", this.publicUrl + media.poster());
		}
		if (!clips.isEmpty()) {
			data.put("hasPart", clips.stream().map((clip) -> {
				Map<String, Object> part = new LinkedHashMap<>();
				part.put("@type", "Clip");
				part.put("name", clip.name());
				part.put("startOffset", clip.startOffset());
				part.put("endOffset", clip.endOffset());
				part.put("url", clip.url().startsWith("/") ? this.publicUrl + clip.url() : clip.url());
				return part;
			}).toList());
		}
		// "</" would end the script element early; JSON allows the escaped slash.
		String json = JSON.writeValueAsString(data).replace("</", "<\\/");
		return new PageMeta(talk.title(), description, url, media.video() ? "video.other" : "website", null, null,
				json);
	}

	/**
	 * @param media what the player plays; {@code null} while there is no processed
	 * recording
	 * @param transcript whether the talk has captions, which the transcript page shows
	 * @param plays all plays, for the organisers only
	 * @param embedCode the {@code <iframe>} to embed the player, when anyone may play it
	 * @param pageMeta the page's description with the media's JSON-LD
	 */
	record Recording(@Nullable PlayableRecording media, List<TextTrack> tracks, List<Chapter> chapters,
			@Nullable SlideDeck slides, boolean transcript, @Nullable Long plays, @Nullable String embedCode,
			@Nullable PageMeta pageMeta) {

		Optional<PageMeta> meta() {
			return Optional.ofNullable(this.pageMeta);
		}

	}

}
