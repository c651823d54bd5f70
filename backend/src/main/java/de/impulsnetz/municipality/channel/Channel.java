package de.impulsnetz.municipality.channel;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

/**
 * One channel of a municipality, e.g. its Instagram account. {@link #team} and
 * {@link #contact} are for logged-in members only ({@link #withoutMembersOnly}).
 *
 * @param url its address, {@code https} only
 * @param since the month it started, {@code 2026-03}, if known
 * @param rhythm how often something appears, in the municipality's words ("3 Beiträge pro
 * Woche")
 * @param audience whom it is for
 * @param topics its main topics
 * @param team who looks after it
 * @param contact how to reach them
 */
public record Channel(Platform platform, String url, @Nullable String handle, ChannelStatus status,
		@Nullable String since, @Nullable String rhythm, @Nullable String audience, List<String> topics,
		@Nullable String team, @Nullable String contact) {

	public Channel {
		topics = (topics != null) ? topics.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * A channel as content files and older documents name it: address and handle, active.
	 */
	public static Channel active(Platform platform, String url, @Nullable String handle) {
		return new Channel(platform, url, handle, ChannelStatus.AKTIV, null, null, null, List.of(), null, null);
	}

	/**
	 * The month it started, or {@code null} when unknown or not a month.
	 */
	public @Nullable YearMonth sinceMonth() {
		return month(this.since);
	}

	/**
	 * A month as channels store it ({@code 2026-03}), or {@code null} when it is none.
	 */
	public static @Nullable YearMonth month(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The channel as anonymous readers, feeds and exports may see it.
	 */
	public Channel withoutMembersOnly() {
		return new Channel(this.platform, this.url, this.handle, this.status, this.since, this.rhythm, this.audience,
				this.topics, null, null);
	}

	/**
	 * The same channel, told apart from others by platform and address.
	 */
	boolean isSameAs(Channel other) {
		return this.platform == other.platform && this.url.equals(other.url);
	}

}
