package de.impulsnetz.talk.summary.web;

import de.impulsnetz.shared.text.DescribedImages;
import de.impulsnetz.shared.text.LocalImages;
import de.impulsnetz.talk.summary.EditedSummary;
import de.impulsnetz.talk.summary.TalkSummaries;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The summary editor's form.
 *
 * @param body the Markdown text (named like the Praxisbeispiel editor's, whose live
 * preview script serves this page too)
 * @param version the saved version the organiser started from, 0 before the first save
 * @param action {@code vorschau} or {@code speichern}
 */
record SummaryForm(@NotBlank @Size(max = TalkSummaries.MAX_LENGTH) @DescribedImages @LocalImages String body,
		@Nullable Integer version, @Nullable String action) {

	static SummaryForm of(EditedSummary edited) {
		return new SummaryForm(edited.markdown(), edited.version(), null);
	}

	boolean isPreview() {
		return "vorschau".equals(this.action);
	}

	int basedOn() {
		return (this.version != null) ? this.version : 0;
	}

	SummaryForm basedOn(int version) {
		return new SummaryForm(this.body, version, this.action);
	}

}
