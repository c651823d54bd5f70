package de.impulsnetz.barcamp.api;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.plan.SessionPlan;
import de.impulsnetz.shared.Berlin;

/**
 * The session plan as the API shows it.
 */
record PlanResponse(String event, List<Room> rooms, List<EventResponse.SlotResponse> slots,
		List<PlannedSession> sessions, long version) {

	/**
	 * @param slot index into {@code slots} where it starts
	 */
	record PlannedSession(String id, String slug, String title, String proposer, ProposalFormat format, String room,
			int slot, int length, OffsetDateTime start, OffsetDateTime end) {

	}

	static PlanResponse of(Event event, SessionPlan plan, Map<String, SessionProposal> open) {
		List<Slot> slots = event.slots();
		List<PlannedSession> sessions = plan.placements().stream().map((placement) -> {
			SessionProposal proposal = open.get(placement.proposalId());
			if (proposal == null || placement.slot() >= slots.size()) {
				return null;
			}
			int last = Math.min(slots.size() - 1, placement.slot() + proposal.length() - 1);
			return new PlannedSession(proposal.id(), proposal.slug(), proposal.title(), proposal.proposer(),
					proposal.format(), placement.room(), placement.slot(), proposal.length(),
					Berlin.offset(slots.get(placement.slot()).start()), Berlin.offset(slots.get(last).end()));
		})
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(PlannedSession::start).thenComparing(PlannedSession::room))
			.toList();
		return new PlanResponse(event.slug(), event.rooms(),
				slots.stream()
					.map((slot) -> new EventResponse.SlotResponse(Berlin.offset(slot.start()),
							Berlin.offset(slot.end()), slot.kind(), slot.label()))
					.toList(),
				sessions, (plan.version() != null) ? plan.version() : 0);
	}

}
