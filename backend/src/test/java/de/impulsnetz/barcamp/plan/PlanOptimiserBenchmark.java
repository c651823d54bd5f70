package de.impulsnetz.barcamp.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.Slot;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.plan.PlanProblem.PlanSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan suggestion on a generated barcamp of the size the issue names: 200 members, 60
 * proposals, 6 rooms, 5 slots. Members vote for 6–12 proposals each, popular ones more
 * often (a Zipf-like skew), and like-minded members vote alike (topic groups). Prints the
 * member conflicts of the naive by-votes plan and of the suggestion, and the time taken.
 * Run with {@code ./mvnw -pl backend -am test -Pbenchmark -Dtest=PlanOptimiserBenchmark}.
 */
class PlanOptimiserBenchmark {

	private static final int MEMBERS = 200;

	private static final int PROPOSALS = 60;

	private static final int TOPICS = 6;

	@Test
	void generatedBarcamp() {
		System.out.println("seed | naive: members with clashes / clash pairs / seats short | suggestion: same | ms");
		long totalMillis = 0;
		int runs = 5;
		for (int seed = 1; seed <= runs; seed++) {
			PlanProblem problem = generate(seed);
			PlanOptimiser optimiser = new PlanOptimiser(problem, Integer.getInteger("iterations", 60_000), 20_261_122L);
			PlanScore naive = optimiser.score(optimiser.naive());
			long started = System.nanoTime();
			List<Placement> suggestion = optimiser.suggest();
			long millis = (System.nanoTime() - started) / 1_000_000;
			totalMillis += millis;
			PlanScore suggested = optimiser.score(suggestion);
			System.out.printf("%d | %d / %d / %d | %d / %d / %d | %d%n", seed, naive.memberConflicts(), naive.clashes(),
					naive.seatsShort(), suggested.memberConflicts(), suggested.clashes(), suggested.seatsShort(),
					millis);
			assertThat(suggested.memberConflicts()).isLessThanOrEqualTo(naive.memberConflicts());
			assertThat(suggested.unplaced()).isEqualTo(naive.unplaced());
		}
		System.out.printf("mean time: %d ms%n", totalMillis / runs);
	}

	static PlanProblem generate(long seed) {
		Random random = new Random(seed);
		List<Room> rooms = List.of(new Room("Saal", 80, Set.of(Equipment.BEAMER, Equipment.MIKROFON)),
				new Room("Raum A", 40, Set.of(Equipment.BEAMER)), new Room("Raum B", 30, Set.of(Equipment.FLIPCHART)),
				new Room("Raum C", 25, Set.of(Equipment.BEAMER, Equipment.FLIPCHART)),
				new Room("Raum D", 20, Set.of(Equipment.PINNWAND)), new Room("Kantine", 30, Set.of()));
		Instant start = Instant.parse("2027-06-09T08:45:00Z");
		List<Slot> slots = new ArrayList<>();
		for (int t = 0; t < 5; t++) {
			slots.add(new Slot(start.plusSeconds(t * 3600L), start.plusSeconds(t * 3600L + 2700), SlotKind.SESSION,
					null));
		}
		List<Set<String>> voters = new ArrayList<>();
		for (int p = 0; p < PROPOSALS; p++) {
			voters.add(new HashSet<>());
		}
		for (int m = 0; m < MEMBERS; m++) {
			int topic = random.nextInt(TOPICS);
			int votes = 6 + random.nextInt(7);
			for (int v = 0; v < votes; v++) {
				// Two of three votes go to the member's topic, popular proposals first.
				int proposal = (random.nextInt(3) < 2) ? topic + TOPICS * zipf(random, PROPOSALS / TOPICS)
						: zipf(random, PROPOSALS);
				voters.get(proposal).add("m" + m);
			}
		}
		List<PlanSession> sessions = new ArrayList<>();
		for (int p = 0; p < PROPOSALS; p++) {
			Set<Equipment> needs = (random.nextInt(4) == 0) ? Set.of(Equipment.BEAMER) : Set.of();
			sessions
				.add(new PlanSession("p" + p, 1, needs, "proposer" + (p % 45), voters.get(p).size(), voters.get(p)));
		}
		return new PlanProblem(rooms, slots, sessions, List.of(), List.of());
	}

	private static int zipf(Random random, int n) {
		double u = random.nextDouble();
		return Math.min(n - 1, (int) Math.floor(Math.pow(n + 1, u)) - 1);
	}

}
