package de.impulsnetz.practice;

import java.util.Collection;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with a practice. The one place these rules live: the pages use it to
 * show buttons, the services to refuse.
 *
 * <ul>
 * <li>Everyone reads published cases; drafts and submitted cases are seen by members of
 * the authoring municipalities, editors and admins.</li>
 * <li>Members write for their own municipality (co-authoring municipalities may be
 * added); editors and admins for any.</li>
 * <li>A change to a published case waits for review like a first publication: readers
 * keep the published text until an editor publishes the change.</li>
 * <li>Editors and admins publish, but never a case or change whose content they saved
 * themselves (four-eyes rule). They send a submitted case or a waiting change back to the
 * authors with a reason; a change sent back stays with the authors (like a draft) until
 * they submit it again.</li>
 * <li>The authors withdraw a change to their published case, and editors discard one:
 * readers keep the published text either way.</li>
 * <li>Unpublished versions and who saved which version are for the authoring
 * municipalities and the editors ({@code insider}).</li>
 * </ul>
 *
 * @param submit submit a draft, or a change that was sent back, for review
 * @param sendBack send a submitted case or a change in review back to the authors
 * @param discardChange withdraw or discard the change to the published text
 * @param ownPractice the member saved content of what is in review now
 * @param insider the member sees drafts, pending changes and the names of who saved them
 */
public record PracticeRights(boolean read, boolean edit, boolean submit, boolean publish, boolean sendBack,
		boolean discardChange, boolean ownPractice, boolean insider) {

	public static PracticeRights of(@Nullable Member member, Practice practice) {
		boolean edit = member != null && mayWriteFor(member, practice.content().municipalities());
		boolean reviewer = member != null && isReviewer(member);
		boolean own = member != null && practice.contributorsInReview().contains(member.id());
		boolean submitted = practice.status() == PracticeStatus.SUBMITTED;
		boolean insider = edit || reviewer;
		return new PracticeRights(practice.isPublished() || insider, edit,
				edit && (practice.status() == PracticeStatus.DRAFT || practice.hasReturnedChange()),
				reviewer && !own && practice.awaitsReview(), reviewer && (submitted || practice.hasChangeInReview()),
				edit && practice.hasPendingChange(), own, insider);
	}

	/**
	 * Whether the member may write a case authored by these municipalities.
	 */
	public static boolean mayWriteFor(Member member, Collection<String> municipalities) {
		if (isReviewer(member)) {
			return true;
		}
		return member.municipality() != null && municipalities.contains(member.municipality());
	}

	public static boolean isReviewer(Member member) {
		return member.has(Role.EDITOR) || member.isAdmin();
	}

}
