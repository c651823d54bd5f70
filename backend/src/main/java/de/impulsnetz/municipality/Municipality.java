package de.impulsnetz.municipality;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * A participating municipality or institution (Kreis, Stadt, Jobcenter, ...). Its
 * channels are kept apart ({@code municipality.channel}).
 *
 * @param partOf slug of the Kreis a town belongs to, if any (the Kreis lists its towns
 * with {@link MunicipalityDirectory#partsOf})
 * @param description Markdown
 */
@Document("municipalities")
// The towns of a Kreis on its page.
@CompoundIndex(name = "part_of", def = "{'partOf': 1}")
public record Municipality(@Id @Nullable String id, @Indexed(unique = true) String slug, String name,
		MunicipalityKind kind, String region, String state, @Nullable String website, List<String> emailDomains,
		@Nullable String partOf, String description, @Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	public Municipality {
		emailDomains = List.copyOf(emailDomains);
	}

	Municipality withIdentityOf(Municipality existing) {
		return new Municipality(existing.id, this.slug, this.name, this.kind, this.region, this.state, this.website,
				this.emailDomains, this.partOf, this.description, this.importStamp, existing.editedAt,
				existing.version);
	}

}
