package de.impulsnetz.distribution.web;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import de.impulsnetz.distribution.ListMessage;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Markdown;
import org.jspecify.annotations.Nullable;

/**
 * A message or reply as a page shows it: the text as sanitised HTML.
 *
 * @param reports how many people reported it (shown to moderators)
 * @param replies how many replies it has (in the archive)
 */
public record MessageView(String id, @Nullable String title, String author, LocalDateTime at, String html,
		boolean hidden, int reports, long replies) {

	static MessageView of(ListMessage message, long replies, Markdown markdown) {
		return new MessageView(message.id(), message.title(), message.authorName(),
				Berlin.local(message.at()).truncatedTo(ChronoUnit.SECONDS), markdown.toHtml(message.text()),
				message.isHidden(), message.reportedBy().size(), replies);
	}

}
