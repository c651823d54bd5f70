package de.impulsnetz.workinggroup;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what in a working group: the one place these rules live. Everyone reads the
 * public part (purpose, member municipalities, meetings, published minutes); the rest is
 * for the people in the group. Admins may do whatever coordinators may.
 *
 * @param readInternal see the people, agendas, minutes drafts and actions
 * @param write write agendas and minutes, add and close actions
 * @param coordinate edit the group, invite, accept or decline requests, plan meetings,
 * publish minutes
 * @param requestToJoin ask to join: a member of a member municipality not yet in the
 * group
 * @param acceptInvitation join straight away: invited personally or with their
 * municipality
 * @param leave leave the group
 */
public record GroupRights(boolean readInternal, boolean write, boolean coordinate, boolean requestToJoin,
		boolean acceptInvitation, boolean leave) {

	private static final GroupRights READER = new GroupRights(false, false, false, false, false, false);

	public static GroupRights of(@Nullable Member member, WorkingGroup group) {
		if (member == null) {
			return READER;
		}
		boolean inGroup = group.person(member.id()).isPresent();
		boolean coordinate = member.isAdmin() || group.isCoordinator(member.id());
		boolean invited = !inGroup && group.isInvited(member);
		boolean fromMember = member.municipality() != null && group.municipalities().contains(member.municipality());
		return new GroupRights(inGroup || member.isAdmin(), inGroup || member.isAdmin(), coordinate,
				!inGroup && !invited && fromMember && !group.hasRequestFrom(member.id()), invited, inGroup);
	}

	/**
	 * Minutes are a public result once published; drafts are for the people in the group.
	 */
	public boolean readMinutes(boolean published) {
		return published || this.readInternal;
	}

	/**
	 * The rights on the group's campaigns: coordinators manage them, members of a member
	 * municipality take part for their municipality, organisers and admins see every
	 * plan.
	 */
	public static CampaignRights campaigns(@Nullable Member member, WorkingGroup group) {
		if (member == null) {
			return new CampaignRights(false, false, null, false);
		}
		GroupRights rights = of(member, group);
		String own = (member.municipality() != null && group.municipalities().contains(member.municipality()))
				? member.municipality() : null;
		return new CampaignRights(rights.coordinate(),
				rights.readInternal() || own != null || member.has(Role.ORGANISER), own, member.isAdmin());
	}

	/**
	 * Organisers and admins found working groups.
	 */
	public static boolean mayCreate(Member member) {
		return member.isAdmin() || member.has(Role.ORGANISER);
	}

}
