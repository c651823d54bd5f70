package de.impulsnetz.talk.authoring.web;

import java.util.List;

import de.impulsnetz.talk.SeriesContent;
import de.impulsnetz.talk.TalkSeries;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The series form. Everything the member typed comes back unchanged when something is
 * wrong or someone else saved in between.
 *
 * @param version the version the member started from ({@code null} for a new series)
 */
record SeriesForm(@NotBlank @Size(max = 160) String title, @NotBlank @Size(max = 100) String organiser,
		@Nullable List<String> coOrganisers, @Size(max = 20_000) @Nullable String description, @Nullable Long version) {

	SeriesForm {
		coOrganisers = (coOrganisers != null) ? coOrganisers : List.of();
		description = (description != null) ? description : "";
	}

	static SeriesForm blank(@Nullable String municipality) {
		return new SeriesForm("", (municipality != null) ? municipality : "", List.of(), "", null);
	}

	static SeriesForm of(TalkSeries series) {
		return new SeriesForm(series.title(), series.organiser(), series.coOrganisers(), series.description(),
				series.version());
	}

	SeriesContent toContent() {
		return new SeriesContent(this.title.strip(), this.organiser, this.coOrganisers,
				this.description.replace("\r\n", "\n"));
	}

}
