package de.impulsnetz.talk.feeds;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import de.impulsnetz.shared.formats.AtomFeeds;
import de.impulsnetz.shared.formats.Calendars;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.shared.PublicUrl;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkDenied;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkNotFound;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.feeds.Publication.Kind;
import de.impulsnetz.talk.summary.TalkSummaries;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public feeds of a series: its announced talks as iCalendar, its published summaries
 * and recordings as Atom. Both are for anyone, so each talk in them is one an anonymous
 * reader may see ({@link TalkAccess}); members-only talks stay out. Links are made from
 * {@code impulsnetz.public-url}.
 */
@Controller
class SeriesFeedController {

	private static final int ENTRIES = 50;

	private final TalkLibrary library;

	private final TalkAccess access;

	private final TalkSummaries summaries;

	private final PublicationLog publications;

	private final Markdown markdown;

	private final MessageSource messages;

	private final String base;

	SeriesFeedController(TalkLibrary library, TalkAccess access, TalkSummaries summaries, PublicationLog publications,
			Markdown markdown, MessageSource messages, PublicUrl publicUrl) {
		this.library = library;
		this.access = access;
		this.summaries = summaries;
		this.publications = publications;
		this.markdown = markdown;
		this.messages = messages;
		this.base = publicUrl.base();
	}

	@GetMapping("/impulse/{series}.ics")
	Mono<ResponseEntity<String>> calendar(@PathVariable String series) {
		return existing(series).flatMap((found) -> this.access.readableByAnyone(this.library.upcomingTalksOf(series))
			.collectList()
			.map((talks) -> {
				Calendar calendar = Calendars.named("Impulse", found.title());
				talks.forEach((talk) -> calendar.add(event(talk)));
				return ResponseEntity.ok().contentType(Calendars.MEDIA_TYPE).body(calendar.toString());
			}));
	}

	private VEvent event(Talk talk) {
		String url = url(talk);
		Instant end = talk.startsAt().plusSeconds(60L * talk.durationMinutes());
		VEvent event = new VEvent(talk.startsAt(), end, Calendars.text(talk.title()));
		event.add(new Uid(talk.id() + "@impulsnetz"));
		if (talk.version() != null) {
			event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, talk.version())));
		}
		event.add(new Description(Calendars.text(speakers(talk) + "\n" + url)));
		event.add(new Url(URI.create(url)));
		return event;
	}

	@GetMapping("/impulse/{series}/feed.atom")
	Mono<ResponseEntity<String>> feed(@PathVariable String series) {
		String self = this.base + "/impulse/" + series + "/feed.atom";
		return existing(series).flatMap((found) -> this.publications.latest(series, ENTRIES)
			.concatMap(this::entry)
			.collectList()
			.map((entries) -> {
				Instant updated = entries.stream()
					.map((entry) -> entry.getUpdatedDate().toInstant())
					.max(Instant::compareTo)
					.orElse(Instant.EPOCH);
				SyndFeed feed = AtomFeeds.feed(message("talk.feed.title", found.title()), self,
						this.base + "/impulse/" + series, updated);
				feed.setEntries(entries);
				return ResponseEntity.ok().contentType(AtomFeeds.MEDIA_TYPE).body(AtomFeeds.write(feed));
			}));
	}

	/**
	 * The entry of a publication, if anonymous readers may still see what was published.
	 */
	private Mono<SyndEntry> entry(Publication publication) {
		Mono<Talk> visible = (publication.kind() == Kind.RECORDING)
				? this.access.forListening(publication.series(), publication.slug(), null)
				: this.access.forReading(publication.series(), publication.slug(), null);
		return visible.filter((talk) -> publication.talkId().equals(talk.id()))
			.flatMap((talk) -> (publication.kind() == Kind.RECORDING) ? Mono.just(recording(publication, talk))
					: this.summaries.published(talk)
						.map((summary) -> summary(publication, talk,
								this.markdown.toHtml(summary.publishedMarkdown()))))
			.onErrorResume(TalkDenied.class, (denied) -> Mono.empty())
			.onErrorResume(TalkNotFound.class, (notFound) -> Mono.empty());
	}

	private SyndEntry summary(Publication publication, Talk talk, String html) {
		SyndEntry entry = entry(publication, talk, "talk.feed.summary", "#zusammenfassung");
		entry.setContents(List.of(AtomFeeds.content("html", html)));
		return entry;
	}

	private SyndEntry recording(Publication publication, Talk talk) {
		SyndEntry entry = entry(publication, talk, "talk.feed.recording", "#aufnahme");
		entry.setDescription(AtomFeeds.content("text", message("talk.feed.recording.text", speakers(talk))));
		return entry;
	}

	private SyndEntry entry(Publication publication, Talk talk, String titleKey, String fragment) {
		String url = url(talk);
		SyndEntry entry = AtomFeeds.entry(message(titleKey, talk.title()), url + fragment, url, publication.firstAt(),
				publication.updatedAt());
		entry.setAuthors(talk.speakers().stream().map((speaker) -> {
			SyndPerson author = new SyndPersonImpl();
			author.setName(speaker.name());
			return author;
		}).toList());
		return entry;
	}

	private Mono<TalkSeries> existing(String series) {
		return this.library.series(series).switchIfEmpty(Pages.notFound());
	}

	private String url(Talk talk) {
		return this.base + "/impulse/" + talk.key();
	}

	private static String speakers(Talk talk) {
		return talk.speakers()
			.stream()
			.map((speaker) -> (speaker.affiliation() != null) ? speaker.name() + " (" + speaker.affiliation() + ")"
					: speaker.name())
			.collect(Collectors.joining(", "));
	}

	private String message(String key, Object argument) {
		return this.messages.getMessage(key, new Object[] { argument }, Locale.GERMAN);
	}

}
