package de.impulsnetz.talk.summary;

import de.impulsnetz.talk.Talk;
import org.jspecify.annotations.Nullable;

/**
 * A summary as its organisers edit it: before the first save, the talk's imported summary
 * is the starting text.
 *
 * @param markdown the text to edit
 * @param version the latest saved version, 0 before the first save
 * @param summary what is stored, {@code null} before the first save
 */
public record EditedSummary(Talk talk, String markdown, int version, @Nullable Summary summary) {

	static EditedSummary of(Talk talk, @Nullable Summary summary) {
		return (summary != null) ? new EditedSummary(talk, summary.markdown(), summary.revision(), summary)
				: new EditedSummary(talk, talk.summary(), 0, null);
	}

}
