package de.impulsnetz.talk.podcast;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.shared.PublicUrl;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkDenied;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkLoginRequired;
import de.impulsnetz.talk.TalkNotFound;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.podcast.PodcastFeed.Episode;
import de.impulsnetz.talk.podcast.PodcastFeed.Show;
import de.impulsnetz.talk.recording.MediaKind;
import de.impulsnetz.talk.recording.RecordingJob;
import de.impulsnetz.talk.recording.Recordings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * The podcast feed of a series: one episode per talk whose recording anyone may play
 * ({@link TalkAccess#forListening} without a reader: public, published, every speaker
 * agreed) and that has an audio version, newest first. Links are made from
 * {@code impulsnetz.public-url}, as in the series' Atom feed.
 */
@Controller
class PodcastController {

	static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	static final String COVER = "/img/podcast-cover.png";

	private static final String CAPTIONS_TYPE = "text/vtt";

	private final TalkLibrary library;

	private final TalkAccess access;

	private final Recordings recordings;

	private final TalkCaptions captions;

	private final TalkChapters chapters;

	private final MunicipalityDirectory directory;

	private final Markdown markdown;

	private final MessageSource messages;

	private final String base;

	PodcastController(TalkLibrary library, TalkAccess access, Recordings recordings, TalkCaptions captions,
			TalkChapters chapters, MunicipalityDirectory directory, Markdown markdown, MessageSource messages,
			PublicUrl publicUrl) {
		this.library = library;
		this.access = access;
		this.recordings = recordings;
		this.captions = captions;
		this.chapters = chapters;
		this.directory = directory;
		this.markdown = markdown;
		this.messages = messages;
		this.base = publicUrl.base();
	}

	@GetMapping("/impulse/{series}/podcast.xml")
	Mono<ResponseEntity<String>> podcast(@PathVariable String series) {
		return this.library.series(series)
			.switchIfEmpty(Pages.notFound())
			.flatMap((found) -> Mono.zip(organiserName(found),
					this.library.talksOf(series)
						.sort(Comparator.comparing(Talk::startsAt).reversed())
						.concatMap(this::episode)
						.collectList()))
			.map((loaded) -> {
				TalkSeries found = loaded.getT1().series();
				List<Episode> episodes = loaded.getT2();
				Instant updated = episodes.stream()
					.map(Episode::published)
					.max(Instant::compareTo)
					.orElse(Instant.EPOCH);
				String link = this.base + "/impulse/" + found.slug();
				Show show = new Show(found.title(), link, link + "/podcast.xml",
						plainText(found.description(), found.title()), "de", loaded.getT1().name(),
						message("talk.podcast.copyright", loaded.getT1().name()), this.base + COVER, "Government",
						updated);
				return ResponseEntity.ok().contentType(MEDIA_TYPE).body(PodcastFeed.write(show, episodes));
			});
	}

	/**
	 * The talk as an episode, if anyone may play its recording and it has an audio
	 * version.
	 */
	private Mono<Episode> episode(Talk candidate) {
		return this.access.forListening(candidate.series(), candidate.slug(), null)
			.flatMap((talk) -> this.recordings.current(talk)
				.filter((job) -> job.audio() != null)
				.flatMap((job) -> Mono
					.zip(this.captions.languages(talkId(talk)).collectList(), this.chapters.chapters(talk))
					.map((extras) -> episode(talk, job, extras.getT1(), !extras.getT2().isEmpty()))))
			.onErrorResume(TalkDenied.class, (denied) -> Mono.empty())
			.onErrorResume(TalkLoginRequired.class, (membersOnly) -> Mono.empty())
			.onErrorResume(TalkNotFound.class, (notPlayable) -> Mono.empty());
	}

	private Episode episode(Talk talk, RecordingJob job, List<String> languages, boolean withChapters) {
		RecordingJob.StoredMedia audio = job.audio();
		if (audio == null) {
			throw new IllegalStateException("Recording " + job.id() + " has no audio version");
		}
		String page = this.base + "/impulse/" + talk.key();
		List<PodcastNamespace.Transcript> transcripts = languages.stream()
			.map((language) -> new PodcastNamespace.Transcript(this.base + TalkCaptions.url(talk, language),
					CAPTIONS_TYPE, language, "captions"))
			.toList();
		List<PodcastNamespace.Person> persons = talk.speakers()
			.stream()
			.map((speaker) -> new PodcastNamespace.Person(speaker.name(), "guest", "cast", null))
			.toList();
		long duration = (job.durationSeconds() != null) ? Math.round(job.durationSeconds()) : 0;
		return new Episode("impulsnetz-talk-" + talkId(talk), talk.title(), page,
				plainText(talk.abstractText(), speakers(talk)), talk.startsAt(),
				this.base + MediaKind.path(talk.series(), talk.slug(), MediaKind.AUDIO), audio.size(),
				audio.mediaType(), duration, persons, transcripts, withChapters ? page + "/kapitel.json" : null,
				license(talk));
	}

	/**
	 * The licence every speaker granted: the stricter of two Creative Commons licences
	 * (BY-SA keeps BY's conditions), none when one of them reserved all rights.
	 */
	static PodcastNamespace.@Nullable License license(Talk talk) {
		Set<Licence> licences = talk.speakers()
			.stream()
			.map((speaker) -> speaker.consent().licence())
			.collect(Collectors.toSet());
		if (licences.isEmpty() || licences.contains(Licence.ALL_RIGHTS_RESERVED)) {
			return null;
		}
		Licence licence = licences.contains(Licence.CC_BY_SA_4_0) ? Licence.CC_BY_SA_4_0 : Licence.CC_BY_4_0;
		return new PodcastNamespace.License(licence.code(), null);
	}

	private Mono<Organiser> organiserName(TalkSeries series) {
		return this.directory.bySlug(series.organiser())
			.map(Municipality::name)
			.defaultIfEmpty(series.organiser())
			.map((name) -> new Organiser(series, name));
	}

	/**
	 * Markdown as plain text for podcast apps; the fallback when it is empty.
	 */
	private String plainText(String markdownText, String fallback) {
		String text = HtmlUtils.htmlUnescape(this.markdown.toHtml(markdownText).replaceAll("<[^>]+>", " "))
			.replaceAll("\\s+", " ")
			.strip();
		return text.isEmpty() ? fallback : text;
	}

	private static String talkId(Talk talk) {
		if (talk.id() == null) {
			throw new IllegalStateException("Talk " + talk.key() + " was never stored");
		}
		return talk.id();
	}

	private static String speakers(Talk talk) {
		return talk.speakers().stream().map(Speaker::name).collect(Collectors.joining(", "));
	}

	private String message(String key, Object argument) {
		return this.messages.getMessage(key, new Object[] { argument }, Locale.GERMAN);
	}

	private record Organiser(TalkSeries series, String name) {

	}

}
