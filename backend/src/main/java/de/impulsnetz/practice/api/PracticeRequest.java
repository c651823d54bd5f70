package de.impulsnetz.practice.api;

import java.util.List;

import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Contact;
import de.impulsnetz.practice.Effort;
import de.impulsnetz.practice.KeyFigure;
import de.impulsnetz.practice.Link;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.shared.text.DescribedImages;
import de.impulsnetz.shared.text.LocalImages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new case or a new version of one.
 *
 * @param institutionKind defaults to the kind of the first municipality
 * @param inspiredBy the talk that inspired the case, as {@code reihe/vortrag}
 * @param version required for a change: the version the change is based on
 */
record PracticeRequest(@NotBlank @Size(max = 160) String title, @NotBlank @Size(max = 400) String teaser,
		@NotEmpty @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 100) String> municipalities,
		@NotEmpty @Size(max = MAX_ITEMS) List<@NotNull Platform> channels,
		@NotEmpty @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 60) String> topics,
		@Nullable MunicipalityKind institutionKind,
		@NotBlank @Size(max = 60000) @DescribedImages @LocalImages String body, @Valid @Nullable Effort effort,
		@Size(max = MAX_ITEMS) @Nullable List<@NotNull @Valid KeyFigure> results,
		@Size(max = MAX_ITEMS) @Nullable List<@NotNull @Valid Link> links, @Valid @Nullable Contact contact,
		@Nullable @Size(max = 200) @Pattern(regexp = TALK_KEY) String inspiredBy, @Nullable Long version) {

	/** {@link PracticeContent#TALK_KEY}, for the annotation. */
	static final String TALK_KEY = "[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*";

	/** Most municipalities, channels, topics, results or links a case lists. */
	static final int MAX_ITEMS = 20;

	PracticeContent toContent(MunicipalityKind kind) {
		return new PracticeContent(this.title.strip(), this.teaser.strip(), this.municipalities, this.channels,
				this.topics.stream().map(String::strip).distinct().toList(), kind, this.body, this.effort, this.results,
				this.links, this.contact, this.inspiredBy);
	}

}
