package de.impulsnetz.talk;

import java.util.Collection;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with a talk. The one place these rules live: {@link TalkAccess} refuses
 * by them, the pages use them to show buttons.
 *
 * <ul>
 * <li>Organisers edit the series of their municipality, organising or co-organising;
 * admins every series.</li>
 * <li>Public talks are for everyone, members-only talks for every signed-in member.</li>
 * <li>The recording (media, captions, chapters, slides) is for the organisers of the
 * series always; for other readers only once the talk is published and every speaker
 * agreed to recording and publication, so that a withdrawn consent takes it offline at
 * once.</li>
 * </ul>
 *
 * @param read the reader may see the talk's page
 * @param edit the member organises the series: edits, publishes, records consent
 * @param listen the reader may play the recording
 */
public record TalkRights(boolean read, boolean edit, boolean listen) {

	public static TalkRights of(@Nullable Member member, TalkSeries series, Talk talk) {
		boolean edit = member != null && mayOrganise(member, series);
		boolean read = edit || talk.visibility() == Visibility.PUBLIC || member != null;
		boolean listen = edit || (read && talk.isPublished() && talk.everySpeakerAgreed());
		return new TalkRights(read, edit, listen);
	}

	/**
	 * Whether the member organises this series.
	 */
	public static boolean mayOrganise(Member member, TalkSeries series) {
		return member.isAdmin() || mayOrganiseFor(member, series.organisers());
	}

	/**
	 * Whether the member may start a series at all: organisers for their municipality,
	 * admins for any.
	 */
	public static boolean mayStartSeries(Member member) {
		return member.isAdmin() || (member.has(Role.ORGANISER) && member.municipality() != null);
	}

	/**
	 * Whether the member organises for one of these municipalities.
	 */
	public static boolean mayOrganiseFor(Member member, Collection<String> municipalities) {
		if (member.isAdmin()) {
			return true;
		}
		return member.has(Role.ORGANISER) && member.municipality() != null
				&& municipalities.contains(member.municipality());
	}

}
