package de.impulsnetz.talk.api;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkContent;
import de.impulsnetz.talk.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A change to a talk: only the fields sent change. {@code version} is required;
 * {@code status} moves between {@code ANGEKUENDIGT} and {@code STATTGEFUNDEN}
 * ({@code VEROEFFENTLICHT} only through {@code …/veroeffentlichen}). An empty
 * {@code event} removes the link to the event.
 */
record TalkPatch(@Size(min = 1, max = 160) @Pattern(regexp = ".*\\S.*") @Nullable String title,
		@Nullable OffsetDateTime startsAt, @Positive @Max(1440) @Nullable Integer durationMinutes,
		@Size(min = 1, max = 20) @Nullable List<@NotNull @Valid SpeakerRequest> speakers,
		@JsonProperty("abstract") @Size(max = 20_000) @Nullable String abstractText,
		@Size(max = 100) @Pattern(regexp = "|" + TalkRequest.SLUG) @Nullable String event,
		@Nullable ApiVisibility visibility, @Nullable ApiState status, @Nullable Long version) {

	TalkContent applyTo(Talk talk) {
		List<Speaker> changedSpeakers = (this.speakers != null)
				? this.speakers.stream().map(SpeakerRequest::toSpeaker).toList() : talk.speakers();
		String changedEvent = (this.event != null) ? (this.event.isEmpty() ? null : this.event) : talk.event();
		Visibility changedVisibility = (this.visibility != null) ? this.visibility.visibility() : talk.visibility();
		return new TalkContent((this.title != null) ? this.title.strip() : talk.title(),
				(this.startsAt != null) ? this.startsAt.toInstant() : talk.startsAt(),
				(this.durationMinutes != null) ? this.durationMinutes : talk.durationMinutes(), changedSpeakers,
				(this.abstractText != null) ? this.abstractText : talk.abstractText(), changedEvent, changedVisibility);
	}

}
