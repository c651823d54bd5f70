package de.impulsnetz.talk.captions;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TextTrack;
import de.impulsnetz.talk.recording.Recordings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The chapters of talks, read by {@link Chapters} and served three ways: as the player's
 * WebVTT chapters track, as Podcasting 2.0 chapters JSON for podcast apps, and as
 * schema.org {@code Clip}s for the page's structured data.
 */
@Service
public class TalkChapters {

	/**
	 * The media type the Podcasting 2.0 chapters format asks for.
	 */
	public static final String JSON_TYPE = "application/json+chapters";

	/** The version of the Podcasting 2.0 chapters format written. */
	static final String JSON_VERSION = "1.2.0";

	private final ChapterListRepository lists;

	private final MessageSource messages;

	private final Clock clock;

	private final Recordings recordings;

	TalkChapters(ChapterListRepository lists, MessageSource messages, Clock clock, Recordings recordings) {
		this.lists = lists;
		this.messages = messages;
		this.clock = clock;
		this.recordings = recordings;
	}

	/**
	 * Replaces the talk's chapters with those of pasted text, one a line, checked against
	 * the length of the talk's recording once it is known: what organisers send on the
	 * page.
	 * @return the saved chapters; {@link ChaptersInvalid} naming every wrong line
	 */
	public Mono<List<Chapter>> saveText(Talk talk, String text) {
		return checkedAndSaved(talk, (duration) -> Chapters.fromText(text, duration));
	}

	/**
	 * Replaces the talk's chapters with those of rows, checked as
	 * {@link #saveText(Talk, String)}: what organisers send on the page and through the
	 * API.
	 * @return the saved chapters; {@link ChaptersInvalid} naming every wrong row
	 */
	public Mono<List<Chapter>> saveRows(Talk talk, List<Chapters.Row> rows) {
		return checkedAndSaved(talk, (duration) -> Chapters.fromRows(rows, duration));
	}

	private Mono<List<Chapter>> checkedAndSaved(Talk talk, Function<@Nullable Duration, List<Chapter>> read) {
		return this.recordings.duration(talk)
			.map((duration) -> read.apply(duration.orElse(null)))
			.flatMap((chapters) -> save(talk, chapters));
	}

	/**
	 * Replaces the talk's chapters; no chapters at all removes them.
	 */
	public Mono<List<Chapter>> save(Talk talk, List<Chapter> chapters) {
		String id = TalkCaptions.talkId(talk);
		if (chapters.isEmpty()) {
			return this.lists.deleteById(id).thenReturn(List.of());
		}
		return this.lists.save(ChapterList.of(id, chapters, this.clock.instant())).map(ChapterList::toChapters);
	}

	/**
	 * The talk's chapters in order; empty when it has none.
	 */
	public Mono<List<Chapter>> chapters(Talk talk) {
		return this.lists.findById(TalkCaptions.talkId(talk)).map(ChapterList::toChapters).defaultIfEmpty(List.of());
	}

	Flux<TextTrack> track(Talk talk) {
		return chapters(talk).filter((chapters) -> !chapters.isEmpty())
			.map((chapters) -> new TextTrack("chapters", CaptionTrack.GERMAN,
					this.messages.getMessage("talk.captions.chapters.track", null, Locale.GERMAN),
					base(talk) + "/kapitel.vtt", false))
			.flux();
	}

	/**
	 * The chapters as a WebVTT chapters track: each chapter ends where the next begins,
	 * the last at the end of the recording.
	 * @param duration the recording's length; without it the talk's planned length
	 */
	public Mono<String> vtt(Talk talk, @Nullable Duration duration) {
		return chapters(talk).map((chapters) -> WebVtt.write(spans(talk, chapters, duration).stream()
			.map((span) -> new Cue(span.chapter().start(), span.end(), "", CueText.sanitise(span.chapter().title())))
			.toList()));
	}

	/**
	 * The chapters in the Podcasting 2.0 JSON chapters format, version 1.2.0.
	 */
	public Mono<Map<String, Object>> json(Talk talk) {
		return chapters(talk).map((chapters) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("version", JSON_VERSION);
			json.put("title", talk.title());
			json.put("chapters", chapters.stream().map((chapter) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("startTime", seconds(chapter.start()));
				entry.put("title", chapter.title());
				return entry;
			}).toList());
			return json;
		});
	}

	/**
	 * The chapters as schema.org {@code Clip} parts of the talk's {@code VideoObject}.
	 * @param duration the recording's length, for the last clip's end; without it the
	 * talk's planned length
	 */
	public Flux<Clip> clips(Talk talk, @Nullable Duration duration) {
		return chapters(talk).flatMapIterable((chapters) -> spans(talk, chapters, duration))
			.map((span) -> new Clip(span.chapter().title(), span.chapter().startSeconds(), span.end().toSeconds(),
					base(talk) + "?t=" + span.chapter().startSeconds()));
	}

	/**
	 * A schema.org {@code Clip}: {@code name}, {@code startOffset} and {@code endOffset}
	 * in seconds, and the {@code url} that starts the talk there.
	 */
	public record Clip(String name, long startOffset, long endOffset, String url) {

	}

	/**
	 * Each chapter with its end: where the next begins, the last at the end of the
	 * recording (or of the planned talk, or a second after its start).
	 */
	private static List<Span> spans(Talk talk, List<Chapter> chapters, @Nullable Duration duration) {
		Duration length = (duration != null) ? duration : Duration.ofMinutes(talk.durationMinutes());
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < chapters.size(); i++) {
			Chapter chapter = chapters.get(i);
			Duration end = (i + 1 < chapters.size()) ? chapters.get(i + 1).start()
					: ((length.compareTo(chapter.start()) > 0) ? length : chapter.start().plusSeconds(1));
			spans.add(new Span(chapter, end));
		}
		return spans;
	}

	private record Span(Chapter chapter, Duration end) {

	}

	/** Whole seconds as an integer, as the format's examples write them. */
	private static Number seconds(Duration time) {
		return (time.toMillisPart() == 0) ? time.toSeconds() : time.toMillis() / 1000.0;
	}

	static String base(Talk talk) {
		return "/impulse/" + talk.series() + "/" + talk.slug();
	}

}
