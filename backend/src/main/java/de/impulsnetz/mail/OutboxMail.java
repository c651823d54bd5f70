package de.impulsnetz.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mail in the outbox and how far it got. While a worker sends it, {@code owner} and
 * {@code lockedUntil} say which instance holds it and until when; a lock that outlives
 * its instance simply expires.
 *
 * @param attempts how often the mail was handed to the mail server
 * @param nextAttemptAt when a worker may try (again)
 * @param lastError why the last attempt failed
 * @param key what the mail stands for where it must be created only once (e.g. one
 * message to one person), unique among the mails that have one; {@code null} otherwise
 */
@Document("mailOutbox")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
record OutboxMail(@Id @Nullable String id, @Indexed String to, String subject, String text,
		@Nullable String unsubscribe, Status status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
		Instant createdAt, @Nullable Instant lastAttemptAt, @Nullable Instant sentAt, @Nullable Instant lockedUntil,
		@Nullable String owner, @Indexed(unique = true, sparse = true) @Nullable String key) {

	static final String TO = "to";

	static final String STATUS = "status";

	static final String ATTEMPTS = "attempts";

	static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

	static final String LAST_ERROR = "lastError";

	static final String CREATED_AT = "createdAt";

	static final String LAST_ATTEMPT_AT = "lastAttemptAt";

	static final String SENT_AT = "sentAt";

	enum Status {

		/** Not tried yet. */
		WAITING,
		/** Tried and failed; tried again at {@code nextAttemptAt}. */
		RETRY,
		/** Accepted by the mail server. */
		SENT,
		/** No mail server configured: written to the log instead. */
		SKIPPED,
		/** Given up: too many attempts, or the mail cannot be built. */
		FAILED

	}

	/**
	 * A mail that has just arrived and is due at once.
	 */
	static OutboxMail waiting(Mail mail, Instant now) {
		return waiting(mail, now, null);
	}

	/**
	 * A mail that has just arrived and is due at once, under its unique key.
	 */
	static OutboxMail waiting(Mail mail, Instant now, @Nullable String key) {
		return new OutboxMail(null, mail.to(), mail.subject(), mail.text(), mail.unsubscribe(), Status.WAITING, 0, now,
				null, now, null, null, null, null, key);
	}

	Mail mail() {
		return new Mail(this.to, this.subject, this.text, this.unsubscribe);
	}

}
