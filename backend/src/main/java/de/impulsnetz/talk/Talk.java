package de.impulsnetz.talk;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One talk of a series. Its slug is unique within the series; {@link #key()} is unique
 * overall.
 *
 * @param summary Markdown: what the organisers published after the talk
 */
@Document("talks")
@CompoundIndex(name = "series_slug", def = "{'series': 1, 'slug': 1}", unique = true)
public record Talk(@Id @Nullable String id, String series, String slug, String title, Instant startsAt,
		int durationMinutes, List<Speaker> speakers, String summary, @Nullable ImportStamp importStamp,
		@Nullable Instant editedAt, @Version @Nullable Long version) implements Importable {

	public Talk {
		speakers = List.copyOf(speakers);
	}

	/**
	 * Series and talk slug, as in the URL {@code /impulse/{reihe}/{talk}}.
	 */
	public String key() {
		return this.series + "/" + this.slug;
	}

	Talk withIdentityOf(Talk existing) {
		return new Talk(existing.id, this.series, this.slug, this.title, this.startsAt, this.durationMinutes,
				this.speakers, this.summary, this.importStamp, existing.editedAt, existing.version);
	}

}
