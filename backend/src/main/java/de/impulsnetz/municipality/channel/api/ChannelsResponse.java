package de.impulsnetz.municipality.channel.api;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.municipality.channel.KeptChannels;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's channels. Send {@code version} back with the next save.
 *
 * @param version the saved state, 0 before there is one
 * @param editedAt when members last saved them in the app, if ever
 */
record ChannelsResponse(@Schema(description = "Adresse der Kommune") String municipality,
		@Schema(description = "Stand der Kanäle; bei der nächsten Änderung mitsenden") int version,
		List<ChannelJson> channels, @Nullable Instant editedAt) {

	static ChannelsResponse of(KeptChannels kept) {
		return new ChannelsResponse(kept.municipality().slug(), kept.version(),
				kept.channels().stream().map(ChannelJson::of).toList(), kept.editedAt());
	}

}
