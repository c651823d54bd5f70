package de.impulsnetz.practice;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.shared.ImportStamp;
import de.impulsnetz.shared.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Praxisbeispiel: how one or more municipalities solved a social media problem.
 *
 * @param municipalities slugs of the authoring municipalities (co-authored cases allowed)
 * @param body Markdown
 */
@Document("practices")
public record Practice(@Id @Nullable String id, @Indexed(unique = true) String slug, String title, String teaser,
		List<String> municipalities, List<Platform> channels, List<String> topics, MunicipalityKind institutionKind,
		String body, PracticeStatus status, @Nullable Instant publishedAt, @Nullable Contact contact,
		@Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	public Practice {
		municipalities = List.copyOf(municipalities);
		channels = List.copyOf(channels);
		topics = List.copyOf(topics);
	}

	Practice withIdentityOf(Practice existing) {
		return new Practice(existing.id, this.slug, this.title, this.teaser, this.municipalities, this.channels,
				this.topics, this.institutionKind, this.body, this.status, this.publishedAt, this.contact,
				this.importStamp, existing.editedAt, existing.version);
	}

}
