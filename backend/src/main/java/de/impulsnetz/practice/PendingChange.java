package de.impulsnetz.practice;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A change to a published practice that waits for review: the working copy next to the
 * published text, the way review tools keep pending changes apart from what readers see.
 * Readers keep seeing {@link Practice#content()} until an editor who saved none of this
 * change publishes it.
 *
 * @param revision number of the saved working copy, see {@link PracticeRevision}
 * @param contributors ids of everyone who saved content of this change; none of them may
 * publish it (four-eyes rule)
 * @param savedBy id of who saved it last
 */
public record PendingChange(PracticeContent content, int revision, Set<String> contributors, String savedBy,
		Instant savedAt) {

	public PendingChange {
		contributors = (contributors != null) ? Set.copyOf(contributors) : Set.of();
	}

	PendingChange savedAgain(String memberId, PracticeContent revised, int number, Instant now) {
		Set<String> all = new LinkedHashSet<>(this.contributors);
		all.add(memberId);
		return new PendingChange(revised, number, all, memberId, now);
	}

}
