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
 * <li>Editors and admins publish or send back, but never a case whose content they saved
 * themselves (four-eyes rule).</li>
 * </ul>
 */
public record PracticeRights(boolean read, boolean edit, boolean submit, boolean publish, boolean sendBack,
		boolean ownPractice) {

	public static PracticeRights of(@Nullable Member member, Practice practice) {
		boolean edit = member != null && mayWriteFor(member, practice.content().municipalities());
		boolean reviewer = member != null && isReviewer(member);
		boolean own = member != null && practice.contributors().contains(member.id());
		boolean submitted = practice.status() == PracticeStatus.SUBMITTED;
		return new PracticeRights(practice.isPublished() || edit || reviewer, edit,
				edit && practice.status() == PracticeStatus.DRAFT, reviewer && !own && submitted, reviewer && submitted,
				own);
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
