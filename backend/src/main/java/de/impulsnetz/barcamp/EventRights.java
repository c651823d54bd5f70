package de.impulsnetz.barcamp;

import de.impulsnetz.barcamp.proposal.SessionProposal;
import java.time.Instant;
import java.util.Optional;

import de.impulsnetz.barcamp.registration.RegistrationStatus;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what at an event: the one place these rules live. Organisers are members
 * with the organiser role from an organising municipality, and admins.
 *
 * @param organise edit the event, see participants, plan, propose on someone's behalf
 * @param register register or cancel (inside the registration window)
 * @param propose propose sessions (registered, inside the proposal window)
 * @param vote vote on proposals (registered, until voting closes)
 * @param takeNotes write session notes (registered or organising)
 */
public record EventRights(boolean organise, boolean register, boolean propose, boolean vote, boolean takeNotes) {

	public static EventRights of(@Nullable Member member, Event event, Optional<RegistrationStatus> status,
			Instant now) {
		if (member == null) {
			return new EventRights(false, false, false, false, false);
		}
		boolean organise = isOrganiser(member, event);
		boolean registered = status.isPresent();
		boolean takingPart = registered || organise;
		return new EventRights(organise, event.registrationWindow().isOpen(now),
				takingPart && event.proposalWindow().isOpen(now), takingPart && event.votingWindow().isOpen(now),
				takingPart);
	}

	public static boolean isOrganiser(Member member, Event event) {
		return member.isAdmin() || (member.has(Role.ORGANISER) && member.municipality() != null
				&& event.organisers().contains(member.municipality()));
	}

	/**
	 * Change or withdraw the proposal: its proposer and the organisers.
	 */
	public static boolean mayChange(Member member, Event event, SessionProposal proposal) {
		return proposal.isProposedBy(member.id()) || isOrganiser(member, event);
	}

}
