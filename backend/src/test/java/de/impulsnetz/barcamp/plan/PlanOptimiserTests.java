package de.impulsnetz.barcamp.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.plan.PlanProblem.PlanSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan suggestion on small barcamps whose best plan is known.
 */
class PlanOptimiserTests {

	private static final Instant NINE = Instant.parse("2027-06-09T07:00:00Z");

	@Test
	void sessionsWantedByTheSamePeopleDoNotRunAtTheSameTime() {
		// 20 people want A and B, 20 others want C and D. By votes, A and B share the
		// first slot.
		Set<String> first = people("x", 20);
		Set<String> second = people("y", 20);
		PlanProblem problem = problem(rooms(30, 30), slots(2), List.of(session("A", 20, first), session("B", 19, first),
				session("C", 18, second), session("D", 17, second)));
		PlanOptimiser optimiser = new PlanOptimiser(problem);
		PlanScore naive = optimiser.score(optimiser.naive());
		PlanScore suggested = optimiser.score(optimiser.suggest());
		assertThat(naive.memberConflicts()).isEqualTo(40);
		assertThat(suggested.memberConflicts()).isZero();
		assertThat(suggested.unplaced()).isZero();
	}

	@Test
	void theMostWantedSessionGetsTheBiggestRoomAndNeedsAreMet() {
		PlanProblem problem = new PlanProblem(
				List.of(new Room("Klein", 10, Set.of(Equipment.BEAMER)), new Room("Groß", 80, Set.of())), slots(1),
				List.of(session("Beliebt", 60, people("a", 60)),
						new PlanSession("Vortrag", 1, Set.of(Equipment.BEAMER), null, 5, people("b", 5))),
				List.of(), List.of());
		PlanOptimiser optimiser = new PlanOptimiser(problem);
		Map<String, String> rooms = roomsOf(optimiser.suggest());
		assertThat(rooms).containsEntry("Beliebt", "Groß").containsEntry("Vortrag", "Klein");
		assertThat(PlanWarning.of(problem, optimiser.suggest())).isEmpty();
	}

	@Test
	void pinnedSessionsStayAndBlockedCellsStayEmpty() {
		Set<String> same = people("p", 10);
		Placement pinned = new Placement("A", "R1", 0, true);
		PlanProblem problem = new PlanProblem(rooms(20, 20), slots(2),
				List.of(session("A", 10, same), session("B", 9, same), session("C", 1, people("q", 1))),
				List.of(pinned), List.of(new Cell("R2", 1)));
		List<Placement> suggestion = new PlanOptimiser(problem).suggest();
		assertThat(suggestion).contains(pinned);
		assertThat(suggestion).noneMatch((placement) -> placement.room().equals("R2") && placement.slot() == 1);
		// B avoids A's slot, since the same people want both.
		assertThat(suggestion).filteredOn((placement) -> placement.proposalId().equals("B"))
			.singleElement()
			.extracting(Placement::slot)
			.isEqualTo(1);
	}

	@Test
	void aProposerIsNeverInTwoPlacesAtOnce() {
		PlanProblem problem = problem(rooms(30, 30), slots(2),
				List.of(new PlanSession("A", 1, Set.of(), "eva", 30, people("a", 30)),
						new PlanSession("B", 1, Set.of(), "eva", 29, people("b", 29)), session("C", 5, people("c", 5)),
						session("D", 4, people("d", 4))));
		List<Placement> suggestion = new PlanOptimiser(problem).suggest();
		Map<String, Integer> slots = suggestion.stream()
			.collect(Collectors.toMap(Placement::proposalId, Placement::slot));
		assertThat(slots.get("A")).isNotEqualTo(slots.get("B"));
		assertThat(PlanWarning.of(problem, suggestion))
			.noneMatch((warning) -> warning.kind() == PlanWarning.Kind.PROPOSER_PARALLEL);
	}

	@Test
	void aLongSessionRunsInConsecutiveSlotsAndNeverThroughABreak() {
		List<Slot> slots = new ArrayList<>(slots(3));
		slots.set(1, new Slot(slots.get(1).start(), slots.get(1).end(), SlotKind.BREAK, "Mittag"));
		slots.add(new Slot(NINE.plusSeconds(3 * 3600), NINE.plusSeconds(4 * 3600), SlotKind.SESSION, null));
		PlanProblem problem = problem(rooms(20), slots,
				List.of(new PlanSession("Workshop", 2, Set.of(), null, 10, people("w", 10))));
		List<Placement> suggestion = new PlanOptimiser(problem).suggest();
		assertThat(suggestion).singleElement().extracting(Placement::slot).isEqualTo(2);
		assertThat(PlanWarning.of(problem, List.of(new Placement("Workshop", "R1", 0, false))))
			.extracting(PlanWarning::kind)
			.containsExactly(PlanWarning.Kind.TOO_LONG);
	}

	@Test
	void withMoreProposalsThanCellsTheLeastWantedWait() {
		List<PlanSession> sessions = IntStream.range(0, 6)
			.mapToObj((n) -> session("S" + n, 10 - n, people("s" + n, 10 - n)))
			.toList();
		PlanOptimiser optimiser = new PlanOptimiser(problem(rooms(20, 20), slots(2), sessions));
		List<Placement> suggestion = optimiser.suggest();
		assertThat(suggestion).extracting(Placement::proposalId).containsExactlyInAnyOrder("S0", "S1", "S2", "S3");
		assertThat(optimiser.score(suggestion).unplaced()).isEqualTo(2);
	}

	@Test
	void theSameProblemGivesTheSameSuggestion() {
		List<PlanSession> sessions = IntStream.range(0, 12)
			.mapToObj((n) -> session("S" + n, n, people("m" + (n % 4), 5 + n)))
			.toList();
		PlanProblem problem = problem(rooms(10, 20, 30), slots(4), sessions);
		assertThat(new PlanOptimiser(problem).suggest()).isEqualTo(new PlanOptimiser(problem).suggest());
	}

	static PlanProblem problem(List<Room> rooms, List<Slot> slots, List<PlanSession> sessions) {
		return new PlanProblem(rooms, slots, sessions, List.of(), List.of());
	}

	static List<Room> rooms(int... capacities) {
		return IntStream.range(0, capacities.length)
			.mapToObj((n) -> new Room("R" + (n + 1), capacities[n], Set.of()))
			.toList();
	}

	static List<Slot> slots(int count) {
		return IntStream.range(0, count)
			.mapToObj((n) -> new Slot(NINE.plusSeconds(n * 3600L), NINE.plusSeconds(n * 3600L + 2700), SlotKind.SESSION,
					null))
			.toList();
	}

	static PlanSession session(String id, int points, Set<String> interested) {
		return new PlanSession(id, 1, Set.of(), null, points, interested);
	}

	static Set<String> people(String prefix, int count) {
		Set<String> people = new HashSet<>();
		for (int i = 0; i < count; i++) {
			people.add(prefix + i);
		}
		return people;
	}

	private static Map<String, String> roomsOf(List<Placement> placements) {
		return placements.stream().collect(Collectors.toMap(Placement::proposalId, Placement::room));
	}

}
