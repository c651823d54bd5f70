package de.impulsnetz.talk.api;

import java.util.List;

import de.impulsnetz.talk.SeriesContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new series.
 *
 * @param organiser slug of the organising municipality
 * @param coOrganisers slugs of co-organising municipalities
 * @param description Markdown
 */
record SeriesRequest(@NotBlank @Size(max = 160) String title, @NotBlank @Size(max = 100) String organiser,
		@Size(max = 20) @Nullable List<@NotBlank @Size(max = 100) String> coOrganisers,
		@Size(max = 20_000) @Nullable String description) {

	SeriesContent toContent() {
		return new SeriesContent(this.title.strip(), this.organiser.strip(),
				(this.coOrganisers != null) ? this.coOrganisers.stream().map(String::strip).toList() : List.of(),
				(this.description != null) ? this.description : "");
	}

}
