package de.impulsnetz.municipality.web;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import de.impulsnetz.municipality.channel.Channel;
import de.impulsnetz.municipality.channel.ChannelChange;
import de.impulsnetz.municipality.channel.ChannelStatus;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Labels;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Channels and their history in the reader's words: "TikTok hinzugefügt: aktiv seit März
 * 2026", by whom only for logged-in members.
 */
final class ChannelLines {

	private final MessageSource messages;

	private final Locale locale;

	ChannelLines(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * "aktiv seit März 2026", or "aktiv" when the month is not known.
	 */
	String state(ChannelStatus status, @Nullable String since) {
		String label = this.messages.getMessage(Labels.of(status), this.locale);
		YearMonth month = Channel.month(since);
		return (month != null)
				? this.messages.getMessage("channel.state.since", new Object[] { label, month(month) }, this.locale)
				: label;
	}

	String month(YearMonth month) {
		return DateTimeFormatter.ofPattern(this.messages.getMessage("format.month", null, this.locale), this.locale)
			.format(month);
	}

	/**
	 * One change of the history.
	 * @param withNames whether the reader may see who made it
	 */
	HistoryLine line(ChannelChange change, boolean withNames) {
		List<String> texts = change.entries().stream().map(this::entry).toList();
		String by = change.fromContentFiles() ? this.messages.getMessage("channel.history.byContent", null, this.locale)
				: withNames
						? this.messages.getMessage("channel.history.by", new Object[] { change.byName() }, this.locale)
						: null;
		return new HistoryLine(Berlin.local(change.at()), by, texts);
	}

	private String entry(ChannelChange.Entry entry) {
		String platform = this.messages.getMessage(Labels.of(entry.platform()), this.locale);
		String name = (entry.handle() != null) ? platform + " (" + entry.handle() + ")" : platform;
		String previous = (entry.previousStatus() != null)
				? this.messages.getMessage(Labels.of(entry.previousStatus()), this.locale) : "";
		return this.messages.getMessage("channel.history." + entry.kind().name(),
				new Object[] { name, state(entry.status(), entry.since()), previous }, this.locale);
	}

	/**
	 * @param by who made the change, the content files, or {@code null} for readers who
	 * may not see names
	 */
	record HistoryLine(LocalDateTime at, @Nullable String by, List<String> changes) {

	}

}
