package de.impulsnetz.municipality.channel.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.municipality.channel.Channel;
import de.impulsnetz.municipality.channel.ChannelStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One channel in requests and responses. Which values are allowed, {@code ChannelKeeping}
 * checks; a refused save names each field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChannelJson(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Plattform") @Nullable Platform platform,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Adresse des Kanals, nur https",
				example = "https://www.instagram.com/kreissteinfurt/") @Nullable String url,
		@Schema(description = "Name auf der Plattform", example = "@kreissteinfurt") @Nullable String handle,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "AKTIV, PAUSIERT oder EINGESTELLT") @Nullable ChannelStatus status,
		@Schema(description = "Seit wann, Monat im Format JJJJ-MM", example = "2026-03") @Nullable String since,
		@Schema(description = "Wie oft etwas erscheint", example = "3 Beiträge pro Woche") @Nullable String rhythm,
		@Schema(description = "Für wen der Kanal ist") @Nullable String audience,
		@Schema(description = "Hauptthemen") @Nullable List<String> topics,
		@Schema(description = "Zuständiges Team; nur für angemeldete Mitglieder, fehlt sonst") @Nullable String team,
		@Schema(description = "Kontakt; nur für angemeldete Mitglieder, fehlt sonst") @Nullable String contact) {

	static ChannelJson of(Channel channel) {
		return new ChannelJson(channel.platform(), channel.url(), channel.handle(), channel.status(), channel.since(),
				channel.rhythm(), channel.audience(), channel.topics(), channel.team(), channel.contact());
	}

	Channel toChannel() {
		return new Channel(this.platform, (this.url != null) ? this.url : "", this.handle, this.status, this.since,
				this.rhythm, this.audience, (this.topics != null) ? this.topics : List.of(), this.team, this.contact);
	}

}
