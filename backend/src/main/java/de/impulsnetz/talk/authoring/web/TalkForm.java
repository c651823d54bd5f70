package de.impulsnetz.talk.authoring.web;

import java.time.LocalDateTime;
import java.util.List;

import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.web.FormRows;
import de.impulsnetz.talk.Speaker;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkContent;
import de.impulsnetz.talk.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The talk form. Everything the member typed comes back unchanged when something is wrong
 * or someone else saved in between; nothing is lost.
 *
 * @param startsAt German local time
 * @param event slug of an Impuls-Termin, may be empty
 * @param version the version the member started from ({@code null} for a new talk)
 */
record TalkForm(@NotBlank @Size(max = 160) String title,
		@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime startsAt,
		@NotNull @Positive @Max(1440) @Nullable Integer durationMinutes, @Nullable List<@Valid SpeakerRow> speakers,
		@Size(max = 20_000) @Nullable String abstractText,
		@Size(max = 100) @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*") @Nullable String event,
		@Nullable Visibility visibility, @Nullable Long version) {

	/** Empty rows offered for more speakers. */
	static final int SPARE_ROWS = 2;

	TalkForm {
		speakers = FormRows.withSpare(speakers, new SpeakerRow("", "", ""), SPARE_ROWS);
		abstractText = (abstractText != null) ? abstractText : "";
		event = (event != null) ? event.strip() : "";
		visibility = (visibility != null) ? visibility : Visibility.PUBLIC;
	}

	static TalkForm blank() {
		return new TalkForm("", null, 60, List.of(), "", "", Visibility.PUBLIC, null);
	}

	static TalkForm of(Talk talk) {
		return new TalkForm(talk.title(), Berlin.local(talk.startsAt()), talk.durationMinutes(),
				talk.speakers()
					.stream()
					.map((speaker) -> new SpeakerRow(speaker.name(), speaker.affiliation(), speaker.bio()))
					.toList(),
				talk.abstractText(), talk.event(), talk.visibility(), talk.version());
	}

	/**
	 * Checks beyond single fields: at least one speaker, each with a name.
	 */
	void validate(Errors errors) {
		if (this.speakers.stream().allMatch(SpeakerRow::isEmpty)) {
			errors.rejectValue("speakers[0].name", "talk.authoring.form.speakers.required");
		}
		for (int i = 0; i < this.speakers.size(); i++) {
			SpeakerRow row = this.speakers.get(i);
			if (!row.isEmpty() && blank(row.name())) {
				errors.rejectValue("speakers[" + i + "].name", "talk.authoring.form.speaker.nameMissing");
			}
		}
	}

	TalkContent toContent() {
		List<Speaker> named = this.speakers.stream()
			.filter((row) -> !row.isEmpty())
			.map((row) -> new Speaker(row.name().strip(), trimmed(row.affiliation()), trimmed(row.bio()), null))
			.toList();
		return new TalkContent(this.title.strip(), Berlin.instant(this.startsAt), this.durationMinutes, named,
				this.abstractText.replace("\r\n", "\n"), this.event.isEmpty() ? null : this.event, this.visibility);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return blank(value) ? null : value.strip();
	}

	/**
	 * A speaker: name, institution and a short biography.
	 */
	record SpeakerRow(@Size(max = 120) @Nullable String name, @Size(max = 160) @Nullable String affiliation,
			@Size(max = 1000) @Nullable String bio) implements FormRows.Row {

		@Override
		public boolean isEmpty() {
			return blank(this.name) && blank(this.affiliation) && blank(this.bio);
		}

	}

}
