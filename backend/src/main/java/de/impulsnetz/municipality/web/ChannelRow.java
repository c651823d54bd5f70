package de.impulsnetz.municipality.web;

import java.util.List;

import de.impulsnetz.municipality.Platform;
import de.impulsnetz.municipality.channel.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A channel as the municipality's page lists it.
 *
 * @param state "aktiv seit März 2026"
 * @param team for logged-in members only (the service left it out for others)
 */
record ChannelRow(Platform platform, String url, @Nullable String handle, String state, @Nullable String rhythm,
		@Nullable String audience, List<String> topics, @Nullable String team, @Nullable String contact) {

	static ChannelRow of(Channel channel, ChannelLines lines) {
		return new ChannelRow(channel.platform(), channel.url(), channel.handle(),
				lines.state(channel.status(), channel.since()), channel.rhythm(), channel.audience(), channel.topics(),
				channel.team(), channel.contact());
	}

}
