package de.impulsnetz.distribution.api;

import java.time.OffsetDateTime;
import java.util.List;

import de.impulsnetz.distribution.ListMessage;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Markdown;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A message of a list as the API shows it.
 *
 * @param html the text as sanitised HTML
 * @param antworten number of replies (in lists), or {@code null}
 * @param ausgeblendet only for moderators: whether it is hidden from the others
 * @param antwortListe the replies (for one message), or {@code null}
 */
record MessageResponse(String id, @Nullable String titel, String text, String html, String autor,
		OffsetDateTime geschrieben, @Nullable String antwortAuf, @Nullable Long antworten,
		@Schema(description = "Nur für die Koordination") @Nullable Boolean ausgeblendet,
		@Nullable List<MessageResponse> antwortListe) {

	static MessageResponse of(ListMessage message, @Nullable Long replies, boolean moderator,
			@Nullable List<MessageResponse> replyList, Markdown markdown) {
		return new MessageResponse(message.id(), message.title(), message.text(), markdown.toHtml(message.text()),
				message.authorName(), Berlin.offset(message.at()), message.replyTo(), replies,
				moderator ? message.isHidden() : null, replyList);
	}

}
