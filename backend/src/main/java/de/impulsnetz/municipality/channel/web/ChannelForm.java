package de.impulsnetz.municipality.channel.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.impulsnetz.municipality.Platform;
import de.impulsnetz.municipality.channel.Channel;
import de.impulsnetz.municipality.channel.ChannelStatus;
import de.impulsnetz.municipality.channel.KeptChannels;
import de.impulsnetz.shared.web.FormRows;
import org.jspecify.annotations.Nullable;

/**
 * The channel form: one row per channel, then a few empty rows for new ones (no
 * JavaScript needed). The rules are {@code ChannelKeeping}'s; this form only turns rows
 * into channels and back.
 *
 * @param version the saved state the member started from, 0 before there is one
 * @param channels the rows, filled ones first
 */
record ChannelForm(@Nullable Integer version, @Nullable List<Row> channels) {

	/** Empty rows offered for new channels. */
	static final int SPARE_ROWS = 2;

	ChannelForm {
		channels = FormRows.withSpare(channels, Row.EMPTY, SPARE_ROWS);
	}

	static ChannelForm of(KeptChannels kept) {
		return new ChannelForm(kept.version(), kept.channels().stream().map(Row::of).toList());
	}

	int basedOn() {
		return (this.version != null) ? this.version : 0;
	}

	ChannelForm basedOn(int version) {
		return new ChannelForm(version, this.channels);
	}

	/**
	 * The channels to save, each with the row it came from: filled rows not marked for
	 * removal.
	 */
	List<Indexed> toChannels() {
		List<Indexed> kept = new ArrayList<>();
		for (int i = 0; i < this.channels.size(); i++) {
			Row row = this.channels.get(i);
			if (!row.isEmpty() && !row.isRemoved()) {
				kept.add(new Indexed(i, row.toChannel()));
			}
		}
		return kept;
	}

	/**
	 * A channel and the form row it came from.
	 */
	record Indexed(int row, Channel channel) {

	}

	/**
	 * One channel in the form.
	 *
	 * @param since month in {@code 2026-03} form (an {@code <input type="month">})
	 * @param topics comma-separated
	 * @param remove ticked to remove the channel
	 */
	record Row(@Nullable Platform platform, @Nullable String url, @Nullable String handle,
			@Nullable ChannelStatus status, @Nullable String since, @Nullable String rhythm, @Nullable String audience,
			@Nullable String topics, @Nullable String team, @Nullable String contact,
			@Nullable Boolean remove) implements FormRows.Row {

		static final Row EMPTY = new Row(null, "", "", ChannelStatus.AKTIV, "", "", "", "", "", "", null);

		static Row of(Channel channel) {
			return new Row(channel.platform(), channel.url(), channel.handle(), channel.status(), channel.since(),
					channel.rhythm(), channel.audience(), String.join(", ", channel.topics()), channel.team(),
					channel.contact(), null);
		}

		@Override
		public boolean isEmpty() {
			return this.platform == null && blank(this.url) && blank(this.handle) && blank(this.since)
					&& blank(this.rhythm) && blank(this.audience) && blank(this.topics) && blank(this.team)
					&& blank(this.contact);
		}

		boolean isRemoved() {
			return Boolean.TRUE.equals(this.remove);
		}

		Channel toChannel() {
			List<String> topicList = blank(this.topics) ? List.of()
					: Arrays.stream(this.topics.split(",")).map(String::strip).filter((t) -> !t.isEmpty()).toList();
			return new Channel(this.platform, (this.url != null) ? this.url : "", this.handle, this.status, this.since,
					this.rhythm, this.audience, topicList, this.team, this.contact);
		}

		private static boolean blank(@Nullable String value) {
			return value == null || value.isBlank();
		}

	}

}
