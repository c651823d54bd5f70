package de.impulsnetz.municipality.channel.api;

import java.util.List;

import de.impulsnetz.municipality.channel.ChannelKeeping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * All channels of a municipality, replacing those saved.
 *
 * @param version the version they are based on, as last read (0 before there is one)
 */
record ChannelsRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		description = "Die zuletzt gelesene Version (0, solange es keine gibt)") @NotNull @PositiveOrZero @Nullable Integer version,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Alle Kanäle; was fehlt, wird entfernt") @NotNull @Size(
						max = ChannelKeeping.MAX_CHANNELS) @Nullable List<@NotNull ChannelJson> channels) {

}
