package de.impulsnetz.practice.web;

import java.time.LocalDateTime;

import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeRights;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;

/**
 * What is in review on a case page, for the authoring municipalities and the editors: the
 * revision an editor would publish, and a change to the published text that waits.
 *
 * @param revision the revision in review; the publish form sends it back, so that only
 * the text the editor saw is published
 * @param pendingRevision the waiting change's revision, {@code null} when none waits or
 * the reader may not know of it
 * @param publishedRevision the revision readers see, to compare the waiting change with
 * @param changeReturnComment why an editor sent the change back to the authors;
 * {@code null} while it waits for review
 */
record ReviewView(int revision, @Nullable Integer pendingRevision, int publishedRevision,
		@Nullable LocalDateTime pendingSavedAt, @Nullable String changeReturnComment) {

	static ReviewView of(Practice practice, PracticeRights rights) {
		boolean shown = rights.insider() && practice.pending() != null;
		return new ReviewView(practice.revisionInReview(), shown ? practice.pending().revision() : null,
				practice.revision(), shown ? Berlin.local(practice.pending().savedAt()) : null,
				shown ? practice.pending().returnComment() : null);
	}

}
