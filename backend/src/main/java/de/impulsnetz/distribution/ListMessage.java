package de.impulsnetz.distribution;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message to a list, or a reply to one (one level: replies are not answered), and the
 * job of mailing it: the message is stored with {@code mailedAt} empty, in one write, so
 * no job can go missing without its message; the {@link DistributionWorker} takes it
 * under a lease ({@code owner}, {@code lockedUntil}) and sets {@code mailedAt} once every
 * mail is in the outbox.
 *
 * @param replyTo the message this answers, or {@code null} for a message of its own
 * @param authorId the writer's member id; {@code null} once her account is erased
 * @param authorName the writer's name as shown, "ehemaliges Mitglied" after erasure
 * @param title optional; replies have none
 * @param text Markdown, sanitised when shown
 * @param at when it was written; it is mailed from then on
 * @param reportedBy people who reported it to the moderators
 * @param hiddenBy the moderator who hid it, or {@code null} while it is shown
 * @param mailedAt when every mail of it was in the outbox, {@code null} until then
 * @param mails how many mails the worker that finished made
 */
@Document("distribution_messages")
@CompoundIndexes({ @CompoundIndex(name = "archive", def = "{'listKey': 1, 'replyTo': 1, 'at': -1}"),
		@CompoundIndex(name = "byAuthor", def = "{'authorId': 1, 'at': -1}"),
		@CompoundIndex(name = "toMail", def = "{'mailedAt': 1, 'at': 1}") })
public record ListMessage(@Id @Nullable String id, String listKey, @Nullable String replyTo, @Nullable String authorId,
		String authorName, @Nullable String title, String text, Instant at, Set<String> reportedBy,
		@Nullable String hiddenBy, @Nullable Instant mailedAt, int mails, @Nullable String owner,
		@Nullable Instant lockedUntil) {

	static final String LIST_KEY = "listKey";

	static final String REPLY_TO = "replyTo";

	static final String AUTHOR_ID = "authorId";

	static final String AUTHOR_NAME = "authorName";

	static final String AT = "at";

	static final String REPORTED_BY = "reportedBy";

	static final String HIDDEN_BY = "hiddenBy";

	static final String MAILED_AT = "mailedAt";

	static final String MAILS = "mails";

	public ListMessage {
		reportedBy = (reportedBy != null) ? Set.copyOf(reportedBy) : Set.of();
	}

	/**
	 * A message just written, to be mailed.
	 */
	static ListMessage written(String listKey, @Nullable String replyTo, String authorId, String authorName,
			@Nullable String title, String text, Instant at) {
		return new ListMessage(null, listKey, replyTo, authorId, authorName, title, text, at, Set.of(), null, null, 0,
				null, null);
	}

	public boolean isHidden() {
		return this.hiddenBy != null;
	}

	public boolean isReply() {
		return this.replyTo != null;
	}

}
