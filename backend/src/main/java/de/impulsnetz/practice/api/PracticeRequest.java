package de.impulsnetz.practice.api;

import java.util.List;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Contact;
import de.impulsnetz.practice.Effort;
import de.impulsnetz.practice.KeyFigure;
import de.impulsnetz.practice.Link;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.shared.DescribedImages;
import de.impulsnetz.shared.LocalImages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new case or a new version of one.
 *
 * @param institutionKind defaults to the kind of the first municipality
 * @param version required for a change: the version the change is based on
 */
record PracticeRequest(@NotBlank @Size(max = 160) String title, @NotBlank @Size(max = 400) String teaser,
		@NotEmpty List<@NotBlank String> municipalities, @NotEmpty List<Platform> channels,
		@NotEmpty List<@NotBlank @Size(max = 60) String> topics, @Nullable MunicipalityKind institutionKind,
		@NotBlank @Size(max = 60000) @DescribedImages @LocalImages String body, @Nullable Effort effort,
		@Nullable List<KeyFigure> results, @Nullable List<Link> links, @Nullable Contact contact,
		@Nullable Long version) {

	PracticeContent toContent(MunicipalityKind kind) {
		return new PracticeContent(this.title.strip(), this.teaser.strip(), this.municipalities, this.channels,
				this.topics.stream().map(String::strip).distinct().toList(), kind, this.body, this.effort, this.results,
				this.links, this.contact);
	}

}
