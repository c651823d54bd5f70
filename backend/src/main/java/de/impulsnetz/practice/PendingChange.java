package de.impulsnetz.practice;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

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
 * @param returnComment why an editor sent it back to the authors; while set, the change
 * is theirs to work on (like a draft) and waits for nobody until they submit it again.
 * {@code null}: it waits for review.
 */
public record PendingChange(PracticeContent content, int revision, Set<String> contributors, String savedBy,
		Instant savedAt, @Nullable String returnComment) {

	public PendingChange {
		contributors = (contributors != null) ? Set.copyOf(contributors) : Set.of();
	}

	static PendingChange first(String memberId, PracticeContent revised, int number, Instant now) {
		return new PendingChange(revised, number, Set.of(memberId), memberId, now, null);
	}

	/**
	 * Whether an editor may review it now: not sent back, or submitted again since.
	 */
	public boolean waitsForReview() {
		return this.returnComment == null;
	}

	/**
	 * Saved again by a member; a change that was sent back stays with the authors until
	 * they submit it.
	 */
	PendingChange savedAgain(String memberId, PracticeContent revised, int number, Instant now) {
		Set<String> all = new LinkedHashSet<>(this.contributors);
		all.add(memberId);
		return new PendingChange(revised, number, all, memberId, now, this.returnComment);
	}

	PendingChange sentBack(String comment) {
		return new PendingChange(this.content, this.revision, this.contributors, this.savedBy, this.savedAt, comment);
	}

	PendingChange submittedAgain() {
		return new PendingChange(this.content, this.revision, this.contributors, this.savedBy, this.savedAt, null);
	}

}
