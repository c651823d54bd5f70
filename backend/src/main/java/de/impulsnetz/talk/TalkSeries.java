package de.impulsnetz.talk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import de.impulsnetz.content.ImportStamp;
import de.impulsnetz.content.Importable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An Impulsreihe: a series of expert talks run by one municipality for many.
 *
 * @param organiser slug of the organising municipality
 * @param coOrganisers slugs of the municipalities that organise it with them
 * @param description Markdown
 * @param editedAt last save in the app: a changed content file no longer overwrites the
 * series
 */
@Document("talkSeries")
public record TalkSeries(@Id @Nullable String id, @Indexed(unique = true) String slug, String title, String organiser,
		List<String> coOrganisers, String description, @Nullable ImportStamp importStamp, @Nullable Instant editedAt,
		@Version @Nullable Long version) implements Importable {

	@PersistenceCreator
	public TalkSeries {
		coOrganisers = (coOrganisers != null) ? List.copyOf(coOrganisers) : List.of();
		description = (description != null) ? description : "";
	}

	/**
	 * A series organised by one municipality alone.
	 */
	public TalkSeries(@Nullable String id, String slug, String title, String organiser, String description,
			@Nullable ImportStamp importStamp, @Nullable Instant editedAt, @Nullable Long version) {
		this(id, slug, title, organiser, List.of(), description, importStamp, editedAt, version);
	}

	/**
	 * The organising municipality first, then the co-organisers.
	 */
	public List<String> organisers() {
		List<String> all = new ArrayList<>();
		all.add(this.organiser);
		this.coOrganisers.stream().filter((slug) -> !all.contains(slug)).forEach(all::add);
		return List.copyOf(all);
	}

	public TalkSeries withContent(SeriesContent content, Instant now) {
		return new TalkSeries(this.id, this.slug, content.title(), content.organiser(), content.coOrganisers(),
				content.description(), this.importStamp, now, this.version);
	}

	public TalkSeries basedOn(long version) {
		return new TalkSeries(this.id, this.slug, this.title, this.organiser, this.coOrganisers, this.description,
				this.importStamp, this.editedAt, version);
	}

	TalkSeries withIdentityOf(TalkSeries existing) {
		return new TalkSeries(existing.id, this.slug, this.title, this.organiser, this.coOrganisers, this.description,
				this.importStamp, existing.editedAt, existing.version);
	}

}
