package de.impulsnetz.talk;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One talk of a series. Its slug is unique within the series; {@link #key()} is unique
 * overall.
 *
 * @param abstractText Markdown: what the talk is about, written before it
 * @param event slug of the Impuls-Termin to register for, if any
 * @param state as stored; {@link #stateAt} also counts a talk whose time has passed as
 * held
 * @param summary Markdown: what the organisers published after the talk
 * @param editedAt last save in the app: a changed content file no longer overwrites the
 * talk
 */
@Document("talks")
@CompoundIndex(name = "series_slug", def = "{'series': 1, 'slug': 1}", unique = true)
// The next talks (start page, talk lists).
@CompoundIndex(name = "starts_at", def = "{'startsAt': 1}")
public record Talk(@Id @Nullable String id, String series, String slug, String title, Instant startsAt,
		int durationMinutes, List<Speaker> speakers, String abstractText, @Indexed @Nullable String event,
		TalkState state, Visibility visibility, String summary, @Nullable ImportStamp importStamp,
		@Nullable Instant editedAt, @Version @Nullable Long version) implements Importable {

	/** The kind of talks in the search index; their key there is {@link #key()}. */
	public static final String SEARCH_KIND = "impulse";

	@PersistenceCreator
	public Talk {
		speakers = List.copyOf(speakers);
		abstractText = (abstractText != null) ? abstractText : "";
		state = (state != null) ? state : TalkState.ANNOUNCED;
		visibility = (visibility != null) ? visibility : Visibility.PUBLIC;
		summary = (summary != null) ? summary : "";
	}

	/**
	 * A public, announced talk without abstract or event, as the first content files
	 * described talks.
	 */
	public Talk(@Nullable String id, String series, String slug, String title, Instant startsAt, int durationMinutes,
			List<Speaker> speakers, String summary, @Nullable ImportStamp importStamp, @Nullable Instant editedAt,
			@Nullable Long version) {
		this(id, series, slug, title, startsAt, durationMinutes, speakers, "", null, TalkState.ANNOUNCED,
				Visibility.PUBLIC, summary, importStamp, editedAt, version);
	}

	/**
	 * Series and talk slug, as in the URL {@code /impulse/{reihe}/{talk}}.
	 */
	public String key() {
		return this.series + "/" + this.slug;
	}

	public Instant endsAt() {
		return this.startsAt.plusSeconds(60L * this.durationMinutes);
	}

	/**
	 * The state at this moment: an announced talk whose end has passed has been held.
	 */
	public TalkState stateAt(Instant now) {
		if (this.state == TalkState.ANNOUNCED && !now.isBefore(endsAt())) {
			return TalkState.HELD;
		}
		return this.state;
	}

	public boolean isPublished() {
		return this.state == TalkState.PUBLISHED;
	}

	/**
	 * Every speaker agreed to the recording and its publication.
	 */
	public boolean everySpeakerAgreed() {
		return this.speakers.stream().allMatch((speaker) -> speaker.consent().agreed());
	}

	public Talk withContent(TalkContent content, Instant now) {
		return new Talk(this.id, this.series, this.slug, content.title(), content.startsAt(), content.durationMinutes(),
				content.speakersKeepingConsentOf(this.speakers), content.abstractText(), content.event(), this.state,
				content.visibility(), this.summary, this.importStamp, now, this.version);
	}

	public Talk withSpeakers(List<Speaker> changed, Instant now) {
		return new Talk(this.id, this.series, this.slug, this.title, this.startsAt, this.durationMinutes, changed,
				this.abstractText, this.event, this.state, this.visibility, this.summary, this.importStamp, now,
				this.version);
	}

	public Talk withState(TalkState changed, Instant now) {
		return new Talk(this.id, this.series, this.slug, this.title, this.startsAt, this.durationMinutes, this.speakers,
				this.abstractText, this.event, changed, this.visibility, this.summary, this.importStamp, now,
				this.version);
	}

	/**
	 * The version the member started from: a save based on it fails when someone else
	 * saved in between.
	 */
	public Talk basedOn(long version) {
		return new Talk(this.id, this.series, this.slug, this.title, this.startsAt, this.durationMinutes, this.speakers,
				this.abstractText, this.event, this.state, this.visibility, this.summary, this.importStamp,
				this.editedAt, version);
	}

	Talk withIdentityOf(Talk existing) {
		return new Talk(existing.id, this.series, this.slug, this.title, this.startsAt, this.durationMinutes,
				this.speakers, this.abstractText, this.event, this.state, this.visibility, this.summary,
				this.importStamp, existing.editedAt, existing.version);
	}

}
