package de.impulsnetz.talk;

import java.time.Instant;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An Impulsreihe: a series of expert talks run by one municipality for many.
 *
 * @param organiser slug of the organising municipality
 * @param description Markdown
 */
@Document("talkSeries")
public record TalkSeries(@Id @Nullable String id, @Indexed(unique = true) String slug, String title, String organiser,
		String description, @Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	TalkSeries withIdentityOf(TalkSeries existing) {
		return new TalkSeries(existing.id, this.slug, this.title, this.organiser, this.description, this.importStamp,
				existing.editedAt, existing.version);
	}

}
