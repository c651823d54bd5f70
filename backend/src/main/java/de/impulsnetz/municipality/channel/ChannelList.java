package de.impulsnetz.municipality.channel;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The channels of one municipality, kept apart from the municipality's own document: a
 * save of the channels never races with the directory, and never sends the municipality
 * to Keycloak again.
 *
 * @param slug the municipality's slug
 * @param revision number of the saved state (1 for the first); what clients send back as
 * {@code version}
 * @param importStamp the content file the channels came from, if they did
 * @param editedAt when members last saved them in the app; from then on the content files
 * no longer change them
 * @param version the optimistic lock that makes concurrent saves fail instead of
 * overwriting each other
 */
@Document("municipality_channels")
public record ChannelList(@Id @Nullable String id, @Indexed(unique = true) String slug, List<Channel> channels,
		int revision, @Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	public ChannelList {
		channels = List.copyOf(channels);
	}

	ChannelList edited(List<Channel> channels, Instant now) {
		return new ChannelList(this.id, this.slug, channels, this.revision + 1, this.importStamp, now, this.version);
	}

	ChannelList imported(List<Channel> channels, ImportStamp stamp) {
		return new ChannelList(this.id, this.slug, channels, this.revision + 1, stamp, this.editedAt, this.version);
	}

}
