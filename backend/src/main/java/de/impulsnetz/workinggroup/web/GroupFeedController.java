package de.impulsnetz.workinggroup.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.shared.formats.AtomFeeds;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.PublicUrl;
import de.impulsnetz.workinggroup.WorkingGroups;
import de.impulsnetz.workinggroup.meetings.Meetings;
import de.impulsnetz.workinggroup.meetings.ScheduledMeeting;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Atom feed of a group's public news: its meetings as they are planned and its
 * minutes as they are published. Nothing of the members-only part goes in; links are made
 * from {@code impulsnetz.public-url}.
 */
@Controller
class GroupFeedController {

	private final WorkingGroups groups;

	private final Meetings meetings;

	private final Markdown markdown;

	private final MessageSource messages;

	private final String base;

	GroupFeedController(WorkingGroups groups, Meetings meetings, Markdown markdown, MessageSource messages,
			PublicUrl publicUrl) {
		this.groups = groups;
		this.meetings = meetings;
		this.markdown = markdown;
		this.messages = messages;
		this.base = publicUrl.base();
	}

	@GetMapping("/arbeitsgruppen/{slug}/feed.atom")
	Mono<ResponseEntity<String>> feed(@PathVariable String slug) {
		String page = this.base + "/arbeitsgruppen/" + slug;
		return this.groups.bySlug(slug).flatMap((group) -> this.meetings.of(slug).collectList().map((scheduled) -> {
			List<SyndEntry> entries = new ArrayList<>();
			for (ScheduledMeeting meeting : scheduled) {
				entries.add(meeting(slug, meeting.event()));
				if (meeting.meeting().minutesPublished()) {
					entries.add(minutes(slug, meeting));
				}
			}
			entries.sort(Comparator.comparing(SyndEntry::getUpdatedDate).reversed());
			Instant updated = entries.stream()
				.map((entry) -> entry.getUpdatedDate().toInstant())
				.max(Instant::compareTo)
				.orElse(Instant.EPOCH);
			SyndFeed feed = AtomFeeds.feed(message("workinggroup.feed.title", group.title()), page + "/feed.atom", page,
					updated);
			feed.setEntries(entries);
			return ResponseEntity.ok().contentType(AtomFeeds.MEDIA_TYPE).body(AtomFeeds.write(feed));
		}));
	}

	private SyndEntry meeting(String group, Event event) {
		String url = this.base + "/arbeitsgruppen/" + group + "/treffen/" + event.slug();
		Instant planned = (event.editedAt() != null) ? event.editedAt()
				: (event.importStamp() != null) ? event.importStamp().importedAt() : event.startsAt();
		SyndEntry entry = AtomFeeds.entry(
				message("workinggroup.feed.meeting", event.title(),
						Berlin.local(event.startsAt()).toLocalDate().toString()),
				url + "#termin", url, planned, planned);
		entry.setContents(List.of(AtomFeeds.content("text",
				message("workinggroup.feed.meeting.text", event.venue().name(), event.venue().city()))));
		return entry;
	}

	private SyndEntry minutes(String group, ScheduledMeeting scheduled) {
		Event event = scheduled.event();
		String url = this.base + "/arbeitsgruppen/" + group + "/treffen/" + event.slug();
		Instant published = (scheduled.meeting().publishedAt() != null) ? scheduled.meeting().publishedAt()
				: event.endsAt();
		Instant updated = (scheduled.meeting().updatedAt() != null
				&& scheduled.meeting().updatedAt().isAfter(published)) ? scheduled.meeting().updatedAt() : published;
		SyndEntry entry = AtomFeeds.entry(message("workinggroup.feed.minutes", event.title()), url + "#protokoll", url,
				published, updated);
		entry.setContents(List.of(AtomFeeds.content("html", this.markdown.toHtml(scheduled.meeting().minutes()))));
		return entry;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.GERMAN);
	}

}
