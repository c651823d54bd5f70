package de.impulsnetz.talk.captions;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import de.impulsnetz.search.SearchableChanged;
import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TextTrack;
import de.impulsnetz.talk.recording.Recordings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Service;

/**
 * The captions of talks, one WebVTT file per language: stored after they were read and
 * checked by {@link WebVtt}, served to the player, and read as the transcript. Who may do
 * what is {@code TalkAccess}'s: callers pass the talk it gave them.
 */
@Service
public class TalkCaptions {

	/** 2 MiB: captions of a whole day of talking fit many times over. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final Pattern LANGUAGE = Pattern.compile("([a-zA-Z]{2})(?:[-_]([a-zA-Z]{2}))?");

	/** German first: it is the default track and what the publication rule asks for. */
	private static final Comparator<String> GERMAN_FIRST = Comparator
		.comparing((String language) -> !language.equals(CaptionTrack.GERMAN))
		.thenComparing(Comparator.naturalOrder());

	private final CaptionTrackRepository tracks;

	private final TalkChapters chapters;

	private final Clock clock;

	private final ReactiveEvents events;

	private final Recordings recordings;

	TalkCaptions(CaptionTrackRepository tracks, TalkChapters chapters, Clock clock, ReactiveEvents events,
			Recordings recordings) {
		this.tracks = tracks;
		this.chapters = chapters;
		this.clock = clock;
		this.events = events;
		this.recordings = recordings;
	}

	/**
	 * As {@link #store(Talk, String, Flux, Duration)}, checked against the length of the
	 * talk's recording once it is known: what organisers upload on the page and through
	 * the API.
	 */
	public Mono<CaptionTrack> store(Talk talk, String language, Flux<DataBuffer> content) {
		return this.recordings.duration(talk)
			.flatMap((duration) -> store(talk, language, content, duration.orElse(null)));
	}

	/**
	 * Reads, checks and stores captions (WebVTT or SRT) for the talk in the language,
	 * replacing those it had.
	 * @param duration the recording's length when known: no caption may end after it
	 * @return the stored captions; {@link CaptionsInvalid} when they cannot be used
	 */
	public Mono<CaptionTrack> store(Talk talk, String language, Flux<DataBuffer> content, @Nullable Duration duration) {
		return Mono.fromCallable(() -> languageTag(language))
			.flatMap((tag) -> DataBufferUtils.join(content, MAX_BYTES)
				.map(TalkCaptions::text)
				.defaultIfEmpty("")
				.onErrorMap(DataBufferLimitException.class,
						(tooMuch) -> new CaptionsInvalid(0, "talk.captions.invalid.tooLarge", MAX_BYTES / 1024 / 1024))
				.flatMap((text) -> store(talk, tag, text, duration)));
	}

	private Mono<CaptionTrack> store(Talk talk, String language, String text, @Nullable Duration duration) {
		if (text.isBlank()) {
			return Mono.error(new CaptionsInvalid(0, "talk.captions.invalid.empty"));
		}
		List<Cue> cues = WebVtt.read(text, duration);
		if (cues.isEmpty()) {
			return Mono.error(new CaptionsInvalid(0, "talk.captions.invalid.noCues"));
		}
		CaptionTrack track = new CaptionTrack(null, talkId(talk), language, WebVtt.write(cues), cues.size(),
				this.clock.instant());
		return this.tracks.findByTalkAndLanguage(track.talk(), language)
			.map(track::replacing)
			.defaultIfEmpty(track)
			.flatMap(this.tracks::save)
			.flatMap((saved) -> searchable(this.events, talk).thenReturn(saved));
	}

	/**
	 * Tells search that the talk's text changed: its transcript or slides.
	 */
	static Mono<Void> searchable(ReactiveEvents events, Talk talk) {
		return events.publish(new SearchableChanged(Talk.SEARCH_KIND, talk.key()));
	}

	/**
	 * The language as stored and addressed: {@code de}, {@code en-GB}.
	 * @throws CaptionsInvalid for anything else
	 */
	public static String languageTag(@Nullable String language) {
		var matcher = LANGUAGE.matcher((language != null) ? language.strip() : "");
		if (!matcher.matches()) {
			throw new CaptionsInvalid(0, "talk.captions.invalid.language");
		}
		String tag = matcher.group(1).toLowerCase(Locale.ROOT);
		String label = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.GERMAN);
		if (label.isEmpty() || label.equals(tag)) {
			throw new CaptionsInvalid(0, "talk.captions.invalid.language");
		}
		return (matcher.group(2) != null) ? tag + "-" + matcher.group(2).toUpperCase(Locale.ROOT) : tag;
	}

	private static String text(DataBuffer buffer) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer.toByteBuffer(0, buffer.readableByteCount()))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			throw new CaptionsInvalid(0, "talk.captions.invalid.encoding");
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	public Mono<Void> delete(Talk talk, String language) {
		return this.tracks.deleteByTalkAndLanguage(talkId(talk), language).then(searchable(this.events, talk));
	}

	/**
	 * The captions of the talk in the language, if there are any.
	 */
	public Mono<CaptionTrack> track(Talk talk, String language) {
		return this.tracks.findByTalkAndLanguage(talkId(talk), language);
	}

	/**
	 * Every language the talk has captions in, German first: for the rule that a video
	 * needs German captions before it is published.
	 */
	public Flux<String> languages(String talkId) {
		return this.tracks.findByTalk(talkId).map(CaptionTrack::language).sort(GERMAN_FIRST);
	}

	/**
	 * The captions of the talk, German first.
	 */
	public Flux<CaptionTrack> all(Talk talk) {
		return this.tracks.findByTalk(talkId(talk)).sort(Comparator.comparing(CaptionTrack::language, GERMAN_FIRST));
	}

	/**
	 * The player's {@code <track>} elements: the captions per language, German the
	 * default (or else the first), then the chapters when the talk has any.
	 */
	public Flux<TextTrack> tracks(Talk talk) {
		Flux<TextTrack> captions = all(talk).index()
			.map((indexed) -> new TextTrack("captions", indexed.getT2().language(), indexed.getT2().label(),
					url(talk, indexed.getT2().language()), indexed.getT1() == 0));
		return captions.concatWith(this.chapters.track(talk));
	}

	/**
	 * The transcript made of the captions in the language, or of the default captions
	 * when the language is {@code null} or has none.
	 */
	public Mono<Transcript> transcript(Talk talk, @Nullable String language) {
		Mono<CaptionTrack> preferred = (language != null) ? track(talk, language) : Mono.empty();
		return preferred.switchIfEmpty(all(talk).next())
			.map((track) -> Transcript.of(track.language(), WebVtt.read(track.vtt(), null)));
	}

	public static String url(Talk talk, String language) {
		return "/impulse/" + talk.series() + "/" + talk.slug() + "/untertitel/" + language + ".vtt";
	}

	static String talkId(Talk talk) {
		if (talk.id() == null) {
			throw new IllegalArgumentException("talk " + talk.key() + " is not stored");
		}
		return talk.id();
	}

}
