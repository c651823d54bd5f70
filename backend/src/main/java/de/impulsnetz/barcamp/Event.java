package de.impulsnetz.barcamp;

import java.time.Instant;
import java.util.List;

import de.impulsnetz.shared.ImportStamp;
import de.impulsnetz.shared.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Veranstaltung: a barcamp, Runder Tisch, AG-Treffen or Impuls-Termin.
 *
 * @param organisers slugs of the organising municipalities
 * @param description Markdown
 */
@Document("events")
public record Event(@Id @Nullable String id, @Indexed(unique = true) String slug, String title, EventKind kind,
		Instant startsAt, Instant endsAt, Venue venue, List<String> organisers, int capacity, String description,
		@Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	public Event {
		organisers = List.copyOf(organisers);
	}

	public boolean isOver(Instant now) {
		return this.endsAt.isBefore(now);
	}

	Event withIdentityOf(Event existing) {
		return new Event(existing.id, this.slug, this.title, this.kind, this.startsAt, this.endsAt, this.venue,
				this.organisers, this.capacity, this.description, this.importStamp, existing.editedAt,
				existing.version);
	}

}
