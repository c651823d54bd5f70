package de.impulsnetz.talk.api;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.talk.TalkContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A new talk.
 *
 * @param startsAt ISO 8601 with offset, e.g. {@code 2027-06-09T10:00:00+02:00}
 * @param abstractText Markdown, as {@code abstract}
 * @param event slug of an Impuls-Termin to register for
 * @param visibility default {@code OEFFENTLICH}
 */
record TalkRequest(@NotBlank @Size(max = 160) String title, @NotNull OffsetDateTime startsAt,
		@Positive @Max(1440) int durationMinutes,
		@NotEmpty @Size(max = 20) List<@NotNull @Valid SpeakerRequest> speakers,
		@JsonProperty("abstract") @Size(max = 20_000) @Nullable String abstractText,
		@Size(max = 100) @Pattern(regexp = SLUG) @Nullable String event, @Nullable ApiVisibility visibility) {

	/** What an event's address looks like. */
	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	TalkContent toContent() {
		return new TalkContent(this.title.strip(), this.startsAt.toInstant(), this.durationMinutes,
				this.speakers.stream().map(SpeakerRequest::toSpeaker).toList(), this.abstractText, this.event,
				(this.visibility != null) ? this.visibility.visibility() : null);
	}

}
