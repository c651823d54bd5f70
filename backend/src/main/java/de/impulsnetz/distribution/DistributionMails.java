package de.impulsnetz.distribution;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.impulsnetz.distribution.DistributionLists.ListInfo;
import de.impulsnetz.mail.Mail;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plain-text mails of a list: one message, or a week's digest. Each names the list,
 * links the message on the site, the page of mail settings and the unsubscribe link (also
 * as {@code List-Unsubscribe}).
 */
@Component
class DistributionMails {

	private static final Locale GERMAN = Locale.GERMAN;

	private static final int SUBJECT_WORDS = 60;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy", GERMAN);

	private final MessageSource messages;

	private final PublicUrl url;

	DistributionMails(MessageSource messages, PublicUrl url) {
		this.messages = messages;
		this.url = url;
	}

	Mail message(ListInfo list, ListMessage message, Subscription subscription, String email) {
		String thread = (message.replyTo() != null) ? message.replyTo() : message.id();
		String subject = message.isReply() ? text("distribution.mail.subject.reply", list.title(), message.authorName())
				: text("distribution.mail.subject", list.title(), headline(message));
		List<String> lines = new ArrayList<>();
		lines.add(text(message.isReply() ? "distribution.mail.intro.reply" : "distribution.mail.intro",
				message.authorName(), list.title()));
		lines.add("");
		if (message.title() != null) {
			lines.add(message.title());
			lines.add("");
		}
		lines.add(message.text());
		lines.add("");
		lines.add(text("distribution.mail.link", this.url.resolve(messagePath(list, thread))));
		return withFooter(list, subscription, email, subject, lines);
	}

	Mail digest(ListInfo list, List<ListMessage> week, LocalDate monday, Subscription subscription, String email) {
		String from = DAY.format(monday);
		List<String> lines = new ArrayList<>();
		lines.add(text("distribution.mail.digest.intro", list.title(), from, week.size()));
		for (ListMessage message : week) {
			String thread = (message.replyTo() != null) ? message.replyTo() : message.id();
			lines.add("");
			lines.add("----");
			lines.add(text("distribution.mail.digest.entry", message.authorName(),
					DAY.format(Berlin.local(message.at())), headline(message)));
			lines.add("");
			lines.add(message.text());
			lines.add("");
			lines.add(this.url.resolve(messagePath(list, thread)));
		}
		return withFooter(list, subscription, email, text("distribution.mail.digest.subject", list.title(), from),
				lines);
	}

	private Mail withFooter(ListInfo list, Subscription subscription, String email, String subject,
			List<String> lines) {
		String unsubscribe = this.url.resolve("/benachrichtigungen/verteiler/" + subscription.token());
		lines.add("");
		lines.add("-- ");
		lines.add(text("distribution.mail.why", list.title(),
				this.url.resolve("/verteiler/" + list.key() + "/einstellungen")));
		lines.add(text("distribution.mail.unsubscribe", unsubscribe));
		return new Mail(email, oneLine(subject), String.join("\n", lines), unsubscribe);
	}

	static String messagePath(ListInfo list, String id) {
		return "/verteiler/" + list.key() + "/nachrichten/" + id;
	}

	/**
	 * The title, or the beginning of the text: what the message is about, on one line.
	 */
	static String headline(ListMessage message) {
		String about = (message.title() != null) ? message.title() : message.text();
		String line = oneLine(about);
		return (line.length() > SUBJECT_WORDS) ? line.substring(0, SUBJECT_WORDS).strip() + " …" : line;
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, GERMAN);
	}

}
