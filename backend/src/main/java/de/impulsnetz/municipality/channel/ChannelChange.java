package de.impulsnetz.municipality.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One saved change of a municipality's channels: what changed, who saved it and when.
 * None is ever changed afterwards, so the history reads like a log ("Stadt Rheine ist
 * seit März 2026 auf TikTok").
 *
 * @param revision the state of the channels this change led to; unique per municipality
 * @param by member id of who saved it; {@code null} for the content files and once the
 * member's data was erased
 * @param byName the name the history shows to logged-in members; {@code null} for the
 * content files
 */
@Document("municipality_channel_changes")
@CompoundIndex(name = "slug_revision", def = "{'slug': 1, 'revision': 1}", unique = true)
public record ChannelChange(@Id @Nullable String id, String slug, int revision, Instant at,
		@Indexed @Nullable String by, @Nullable String byName, List<Entry> entries) {

	public ChannelChange {
		entries = List.copyOf(entries);
	}

	/**
	 * Whether the content files made this change rather than a member.
	 */
	public boolean fromContentFiles() {
		return this.by == null && this.byName == null;
	}

	ChannelChange withoutAuthor(String name) {
		return new ChannelChange(this.id, this.slug, this.revision, this.at, null, name, this.entries);
	}

	/**
	 * What happened to one channel.
	 *
	 * @param status its status after the change (before it, for a removed channel)
	 * @param previousStatus its status before a change of status
	 */
	public record Entry(Kind kind, Platform platform, @Nullable String handle, ChannelStatus status,
			@Nullable ChannelStatus previousStatus, @Nullable String since) {

	}

	/**
	 * Kinds of change; the history names them with {@code channel.history.<KIND>}.
	 */
	public enum Kind {

		ADDED, REMOVED, STATUS, DETAILS

	}

	/**
	 * What changed from one list of channels to the next. A channel is the same when
	 * platform and address match; where an address changed and the platform has exactly
	 * one channel before and after, that one is taken as changed rather than replaced.
	 */
	static List<Entry> between(List<Channel> before, List<Channel> after) {
		List<Channel> removed = new ArrayList<>(before);
		List<Channel> added = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		for (Channel channel : after) {
			Channel previous = removed.stream().filter(channel::isSameAs).findFirst().orElse(null);
			if (previous == null) {
				added.add(channel);
			}
			else {
				removed.remove(previous);
				compare(previous, channel, entries);
			}
		}
		for (Channel channel : List.copyOf(added)) {
			List<Channel> samePlatformBefore = removed.stream()
				.filter((old) -> old.platform() == channel.platform())
				.toList();
			long samePlatformAdded = added.stream().filter((other) -> other.platform() == channel.platform()).count();
			if (samePlatformBefore.size() == 1 && samePlatformAdded == 1) {
				removed.remove(samePlatformBefore.get(0));
				added.remove(channel);
				compare(samePlatformBefore.get(0), channel, entries);
			}
		}
		added.forEach((channel) -> entries.add(entry(Kind.ADDED, channel, null)));
		removed.forEach((channel) -> entries.add(entry(Kind.REMOVED, channel, null)));
		return entries;
	}

	private static void compare(Channel before, Channel after, List<Entry> entries) {
		if (before.status() != after.status()) {
			entries.add(entry(Kind.STATUS, after, before.status()));
		}
		else if (!before.equals(after)) {
			entries.add(entry(Kind.DETAILS, after, null));
		}
	}

	private static Entry entry(Kind kind, Channel channel, @Nullable ChannelStatus previous) {
		return new Entry(kind, channel.platform(), channel.handle(), channel.status(), previous, channel.since());
	}

}
