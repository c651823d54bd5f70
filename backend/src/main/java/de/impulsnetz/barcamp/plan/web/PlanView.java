package de.impulsnetz.barcamp.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.plan.Placement;
import de.impulsnetz.barcamp.plan.SessionPlan;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The plan as a grid: one row per time slot, one column per room. A session longer than
 * one slot shows in its first cell and is marked as continuing in the cells after.
 */
record PlanView(List<Room> rooms, List<Row> rows, List<SessionCard> unplaced, boolean empty) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	record Row(int index, LocalDate day, String time, String isoStart, SlotKind kind, @Nullable String label,
			List<CellView> cells) {

		public boolean takesSessions() {
			return this.kind == SlotKind.SESSION;
		}

	}

	/**
	 * @param continued the session started in an earlier slot
	 */
	record CellView(String room, int slot, @Nullable SessionCard session, boolean continued, boolean blocked) {

		public boolean free() {
			return this.session == null && !this.blocked;
		}

	}

	record SessionCard(String id, String slug, String title, String proposer, ProposalFormat format, int length,
			boolean pinned, int interested) {

		static SessionCard of(SessionProposal proposal, boolean pinned, int interested) {
			return new SessionCard(proposal.id(), proposal.slug(), proposal.title(), proposal.proposer(),
					proposal.format(), proposal.length(), pinned, interested);
		}

	}

	/**
	 * The event's current plan with the open proposals and who is interested in them.
	 */
	static Mono<PlanView> read(SessionPlans plans, Event event) {
		return plans.plan(event)
			.flatMap((plan) -> plans.planning(event, plan)
				.map((planning) -> of(event, plan, planning.open(), planning.interested())));
	}

	static PlanView of(Event event, SessionPlan plan, List<SessionProposal> open, Map<String, Integer> interested) {
		Map<String, SessionProposal> byId = new HashMap<>();
		open.forEach((proposal) -> byId.put(proposal.id(), proposal));
		Map<String, Placement> atCell = new HashMap<>();
		Map<String, Placement> covered = new HashMap<>();
		for (Placement placement : plan.placements()) {
			SessionProposal proposal = byId.get(placement.proposalId());
			if (proposal == null) {
				continue;
			}
			atCell.put(key(placement.room(), placement.slot()), placement);
			for (int i = 1; i < proposal.length(); i++) {
				covered.put(key(placement.room(), placement.slot() + i), placement);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int t = 0; t < event.slots().size(); t++) {
			Slot slot = event.slots().get(t);
			List<CellView> cells = new ArrayList<>();
			for (Room room : event.rooms()) {
				Placement starting = atCell.get(key(room.name(), t));
				Placement continuing = covered.get(key(room.name(), t));
				Placement shown = (starting != null) ? starting : continuing;
				SessionCard card = (shown != null) ? SessionCard.of(byId.get(shown.proposalId()), shown.pinned(),
						interested.getOrDefault(shown.proposalId(), 0)) : null;
				cells.add(new CellView(room.name(), t, card, starting == null && continuing != null,
						plan.isBlocked(room.name(), t)));
			}
			rows.add(new Row(t, Berlin.local(slot.start()).toLocalDate(), time(slot), Berlin.iso(slot.start()),
					slot.kind(), slot.label(), cells));
		}
		List<SessionCard> unplaced = open.stream()
			.filter((proposal) -> plan.placementOf(proposal.id()).isEmpty())
			.map((proposal) -> SessionCard.of(proposal, false, interested.getOrDefault(proposal.id(), 0)))
			.toList();
		return new PlanView(event.rooms(), rows, unplaced, atCell.isEmpty());
	}

	/**
	 * The cells each unplaced session can start in, as "room|slot" values with a label:
	 * free ones from which it does not run past the end of the day.
	 */
	Map<String, List<CellOption>> freeCells(Event event) {
		Map<String, List<CellOption>> bySession = new HashMap<>();
		for (SessionCard session : this.unplaced) {
			List<CellOption> options = new ArrayList<>();
			for (Row row : this.rows) {
				for (CellView cell : row.cells()) {
					if (row.takesSessions() && cell.free()
							&& !SessionPlans.runsPastEndOfDay(event, cell.slot(), session.length())) {
						options.add(new CellOption(cell.room() + "|" + cell.slot(), row.time() + " · " + cell.room()));
					}
				}
			}
			bySession.put(session.id(), options);
		}
		return bySession;
	}

	record CellOption(String value, String label) {

	}

	/**
	 * A slot's time as people say it: "10:45–11:30".
	 */
	static String time(Slot slot) {
		return TIME.format(Berlin.local(slot.start())) + "–" + TIME.format(Berlin.local(slot.end()));
	}

	private static String key(String room, int slot) {
		return room + "|" + slot;
	}

}
