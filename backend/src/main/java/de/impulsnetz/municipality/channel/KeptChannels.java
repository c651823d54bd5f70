package de.impulsnetz.municipality.channel;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.municipality.Municipality;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's channels as one reader may see them.
 *
 * @param channels without team and contact unless the reader is logged in
 * @param version the saved state, 0 before there is one; what a save sends back
 * @param editedAt when members last saved them in the app, if ever
 */
public record KeptChannels(Municipality municipality, List<Channel> channels, int version, @Nullable Instant editedAt) {

}
