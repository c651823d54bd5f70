package de.impulsnetz.barcamp.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.impulsnetz.barcamp.plan.PlanProblem.PlanSession;

/**
 * Suggests a session plan: the most-wanted sessions in the biggest fitting rooms, and as
 * few members as possible whose voted sessions run at the same time. Pinned sessions and
 * blocked cells stay as they are.
 *
 * <p>
 * It starts from the naive assignment (by votes: the first slot's biggest room to the
 * most-voted session, and so on) and improves it by local search with simulated
 * annealing: move a session to a free cell or swap two sessions of the same length, keep
 * the change if the cost falls, or now and then if it rises a little. The cost counts,
 * from heaviest to lightest: proposers in two sessions at once, missing equipment,
 * sessions left out (weighted by their votes), members with a clash, clashing pairs, and
 * seats short. The random generator is seeded, so a suggestion can be reproduced.
 */
public final class PlanOptimiser {

	private static final long PROPOSER_CLASH = 100_000;

	private static final long MISSING_EQUIPMENT = 50_000;

	private static final long UNPLACED = 20_000;

	private static final long UNPLACED_PER_POINT = 100;

	private static final long MEMBER_AFFECTED = 40;

	private static final long CLASH = 10;

	private static final long SEAT_SHORT = 3;

	private final PlanProblem problem;

	private final int iterations;

	private final long seed;

	public PlanOptimiser(PlanProblem problem, int iterations, long seed) {
		this.problem = problem;
		this.iterations = iterations;
		this.seed = seed;
	}

	public PlanOptimiser(PlanProblem problem) {
		this(problem, 60_000, 20_261_122L);
	}

	/**
	 * By votes, without looking at who voted: the most-voted session gets the first
	 * slot's biggest room, the next one the second biggest, and so on.
	 */
	public List<Placement> naive() {
		Grid grid = new Grid(this.problem);
		grid.fillByVotes(false);
		return grid.placements();
	}

	public List<Placement> suggest() {
		Grid grid = new Grid(this.problem);
		grid.fillByVotes(true);
		Random random = new Random(this.seed);
		long cost = grid.cost();
		long best = cost;
		int[][] bestState = grid.snapshot();
		double temperature = 200;
		double cooling = Math.pow(0.5 / temperature, 1.0 / Math.max(1, this.iterations));
		for (int i = 0; i < this.iterations; i++) {
			Grid.Move move = grid.randomMove(random);
			if (move == null) {
				temperature *= cooling;
				continue;
			}
			long changed = grid.cost();
			long delta = changed - cost;
			if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
				cost = changed;
				if (cost < best) {
					best = cost;
					bestState = grid.snapshot();
				}
			}
			else {
				grid.undo(move);
			}
			temperature *= cooling;
		}
		grid.restore(bestState);
		return grid.placements();
	}

	/**
	 * The score of any plan of this problem (the current one, the naive one, a
	 * suggestion).
	 */
	public PlanScore score(List<Placement> placements) {
		Grid grid = new Grid(this.problem);
		grid.load(placements);
		return grid.score();
	}

	/**
	 * The grid with incremental cost bookkeeping: per slot and member how many of the
	 * member's voted sessions run then.
	 */
	private static final class Grid {

		private final PlanProblem problem;

		private final List<PlanSession> sessions;

		private final int rooms;

		private final int slots;

		private final boolean[][] usable;

		private final int[] roomCapacity;

		private final int[][] members;

		private final int[] proposer;

		private final int[] startRoom;

		private final int[] startSlot;

		private final boolean[] pinned;

		private final int[][] occupant;

		private final int[][] memberCount;

		private final int[] memberClashes;

		private final int[][] proposerCount;

		private long affected;

		private long clashes;

		private long proposerClashes;

		private long seatsShort;

		private long missingEquipment;

		private long unplacedCost;

		Grid(PlanProblem problem) {
			this.problem = problem;
			this.sessions = problem.sessions();
			this.rooms = problem.rooms().size();
			this.slots = problem.slots().size();
			this.usable = new boolean[this.rooms][this.slots];
			this.roomCapacity = new int[this.rooms];
			for (int r = 0; r < this.rooms; r++) {
				this.roomCapacity[r] = problem.rooms().get(r).capacity();
				for (int t = 0; t < this.slots; t++) {
					this.usable[r][t] = problem.slots().get(t).takesSessions()
							&& !problem.blocked().contains(new Cell(problem.rooms().get(r).name(), t));
				}
			}
			Map<String, Integer> memberIndex = new HashMap<>();
			Map<String, Integer> proposerIndex = new HashMap<>();
			int n = this.sessions.size();
			this.members = new int[n][];
			this.proposer = new int[n];
			for (int s = 0; s < n; s++) {
				PlanSession session = this.sessions.get(s);
				this.members[s] = session.interested()
					.stream()
					.sorted()
					.mapToInt((id) -> memberIndex.computeIfAbsent(id, (key) -> memberIndex.size()))
					.toArray();
				this.proposer[s] = (session.proposerId() != null)
						? proposerIndex.computeIfAbsent(session.proposerId(), (key) -> proposerIndex.size()) : -1;
			}
			this.startRoom = new int[n];
			this.startSlot = new int[n];
			this.pinned = new boolean[n];
			Arrays.fill(this.startRoom, -1);
			this.occupant = new int[this.rooms][this.slots];
			for (int[] row : this.occupant) {
				Arrays.fill(row, -1);
			}
			this.memberCount = new int[this.slots][memberIndex.size()];
			this.memberClashes = new int[memberIndex.size()];
			this.proposerCount = new int[this.slots][proposerIndex.size()];
			for (int s = 0; s < n; s++) {
				this.unplacedCost += unplacedPenalty(s);
			}
			placePinned();
		}

		private void placePinned() {
			for (Placement placement : this.problem.pinned()) {
				int s = sessionIndex(placement.proposalId());
				int r = roomIndex(placement.room());
				if (s >= 0 && r >= 0 && this.startRoom[s] < 0) {
					put(s, r, placement.slot());
					this.pinned[s] = true;
				}
			}
		}

		void load(List<Placement> placements) {
			for (Placement placement : placements) {
				int s = sessionIndex(placement.proposalId());
				int r = roomIndex(placement.room());
				if (s >= 0 && r >= 0 && this.startRoom[s] < 0) {
					put(s, r, placement.slot());
				}
			}
		}

		/**
		 * Places the sessions by votes into the cells in order: slot by slot, biggest
		 * room first. With {@code equipment}, a session only goes where its needs are
		 * met.
		 */
		void fillByVotes(boolean equipment) {
			List<Integer> order = new ArrayList<>();
			for (int s = 0; s < this.sessions.size(); s++) {
				if (this.startRoom[s] < 0) {
					order.add(s);
				}
			}
			order.sort(Comparator.comparingInt((Integer s) -> -this.sessions.get(s).points())
				.thenComparing((s) -> this.sessions.get(s).id()));
			Integer[] roomsBySize = new Integer[this.rooms];
			for (int r = 0; r < this.rooms; r++) {
				roomsBySize[r] = r;
			}
			Arrays.sort(roomsBySize, Comparator.comparingInt((Integer r) -> -this.roomCapacity[r]));
			for (int s : order) {
				search: for (int t = 0; t < this.slots; t++) {
					for (int r : roomsBySize) {
						if (fits(s, r, t) && (!equipment || hasEquipment(s, r))) {
							put(s, r, t);
							break search;
						}
					}
				}
			}
		}

		record Move(int a, int fromRoomA, int fromSlotA, int b, int fromRoomB, int fromSlotB) {

		}

		/**
		 * Moves a random session to a random cell, swapping with the session there if it
		 * has the same length; {@code null} if nothing could move.
		 */
		Move randomMove(Random random) {
			int a = random.nextInt(this.sessions.size());
			if (this.pinned[a]) {
				return null;
			}
			int r = random.nextInt(this.rooms);
			int t = random.nextInt(this.slots);
			int length = length(a);
			if (!startsRun(r, t, length)) {
				return null;
			}
			int b = this.occupant[r][t];
			if (b == a) {
				return null;
			}
			for (int i = 0; i < length; i++) {
				int other = this.occupant[r][t + i];
				if (other != -1 && other != b && other != a) {
					return null;
				}
			}
			if (b != -1
					&& (this.pinned[b] || length(b) != length || this.startSlot[b] != t || this.startRoom[b] != r)) {
				return null;
			}
			int roomA = this.startRoom[a];
			int slotA = this.startSlot[a];
			if (roomA >= 0 && roomA == r && slotA >= t && slotA < t + length && b == -1) {
				return null;
			}
			Move move = new Move(a, roomA, slotA, b, r, t);
			if (roomA >= 0) {
				take(a);
			}
			if (b != -1) {
				take(b);
			}
			if (!fits(a, r, t)) {
				undoPartial(move);
				return null;
			}
			put(a, r, t);
			if (b != -1 && roomA >= 0) {
				if (fits(b, roomA, slotA)) {
					put(b, roomA, slotA);
				}
			}
			return move;
		}

		void undo(Move move) {
			take(move.a());
			if (move.b() != -1 && this.startRoom[move.b()] >= 0) {
				take(move.b());
			}
			undoPartial(move);
		}

		private void undoPartial(Move move) {
			if (move.b() != -1) {
				put(move.b(), move.fromRoomB(), move.fromSlotB());
			}
			if (move.fromRoomA() >= 0) {
				put(move.a(), move.fromRoomA(), move.fromSlotA());
			}
		}

		int[][] snapshot() {
			return new int[][] { this.startRoom.clone(), this.startSlot.clone() };
		}

		void restore(int[][] state) {
			for (int s = 0; s < this.sessions.size(); s++) {
				if (this.startRoom[s] >= 0 && !this.pinned[s]) {
					take(s);
				}
			}
			for (int s = 0; s < this.sessions.size(); s++) {
				if (state[0][s] >= 0 && !this.pinned[s]) {
					put(s, state[0][s], state[1][s]);
				}
			}
		}

		List<Placement> placements() {
			List<Placement> placements = new ArrayList<>();
			for (int s = 0; s < this.sessions.size(); s++) {
				if (this.startRoom[s] >= 0) {
					placements.add(new Placement(this.sessions.get(s).id(),
							this.problem.rooms().get(this.startRoom[s]).name(), this.startSlot[s], this.pinned[s]));
				}
			}
			placements.sort(Comparator.comparingInt(Placement::slot).thenComparing(Placement::room));
			return placements;
		}

		long cost() {
			return this.proposerClashes * PROPOSER_CLASH + this.missingEquipment * MISSING_EQUIPMENT + this.unplacedCost
					+ this.affected * MEMBER_AFFECTED + this.clashes * CLASH + this.seatsShort * SEAT_SHORT;
		}

		PlanScore score() {
			int unplaced = 0;
			for (int s = 0; s < this.sessions.size(); s++) {
				if (this.startRoom[s] < 0) {
					unplaced++;
				}
			}
			return new PlanScore((int) this.affected, (int) this.clashes, (int) this.seatsShort, unplaced);
		}

		private void put(int s, int r, int t) {
			this.startRoom[s] = r;
			this.startSlot[s] = t;
			int end = Math.min(this.slots, t + length(s));
			for (int slot = t; slot < end; slot++) {
				this.occupant[r][slot] = s;
				for (int m : this.members[s]) {
					int before = this.memberCount[slot][m]++;
					this.clashes += before;
					if (before > 0) {
						if (this.memberClashes[m] == 0) {
							this.affected++;
						}
						this.memberClashes[m] += before;
					}
				}
				if (this.proposer[s] >= 0) {
					this.proposerClashes += this.proposerCount[slot][this.proposer[s]]++;
				}
			}
			this.seatsShort += Math.max(0, this.members[s].length - this.roomCapacity[r]);
			this.missingEquipment += hasEquipment(s, r) ? 0 : 1;
			this.unplacedCost -= unplacedPenalty(s);
		}

		private void take(int s) {
			int r = this.startRoom[s];
			int t = this.startSlot[s];
			int end = Math.min(this.slots, t + length(s));
			for (int slot = t; slot < end; slot++) {
				this.occupant[r][slot] = -1;
				for (int m : this.members[s]) {
					int after = --this.memberCount[slot][m];
					this.clashes -= after;
					if (after > 0) {
						this.memberClashes[m] -= after;
						if (this.memberClashes[m] == 0) {
							this.affected--;
						}
					}
				}
				if (this.proposer[s] >= 0) {
					this.proposerClashes -= --this.proposerCount[slot][this.proposer[s]];
				}
			}
			this.seatsShort -= Math.max(0, this.members[s].length - this.roomCapacity[r]);
			this.missingEquipment -= hasEquipment(s, r) ? 0 : 1;
			this.unplacedCost += unplacedPenalty(s);
			this.startRoom[s] = -1;
			this.startSlot[s] = 0;
		}

		private boolean fits(int s, int r, int t) {
			int length = length(s);
			if (!startsRun(r, t, length)) {
				return false;
			}
			for (int i = 0; i < length; i++) {
				if (this.occupant[r][t + i] != -1) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Whether {@code length} usable slots follow each other from {@code t} in room
		 * {@code r}: a session does not run through a break.
		 */
		private boolean startsRun(int r, int t, int length) {
			if (t + length > this.slots) {
				return false;
			}
			for (int i = 0; i < length; i++) {
				if (!this.usable[r][t + i]) {
					return false;
				}
			}
			return true;
		}

		private boolean hasEquipment(int s, int r) {
			return this.problem.rooms().get(r).offers(this.sessions.get(s).needs());
		}

		private int length(int s) {
			return this.sessions.get(s).length();
		}

		private long unplacedPenalty(int s) {
			return UNPLACED + UNPLACED_PER_POINT * this.sessions.get(s).points();
		}

		private int sessionIndex(String id) {
			for (int s = 0; s < this.sessions.size(); s++) {
				if (this.sessions.get(s).id().equals(id)) {
					return s;
				}
			}
			return -1;
		}

		private int roomIndex(String name) {
			for (int r = 0; r < this.rooms; r++) {
				if (this.problem.rooms().get(r).name().equals(name)) {
					return r;
				}
			}
			return -1;
		}

	}

}
