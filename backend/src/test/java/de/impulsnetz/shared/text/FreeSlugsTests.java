package de.impulsnetz.shared.text;

import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreeSlugsTests {

	@Test
	void takesTheFirstFreeAddressGapsIncluded() {
		assertThat(FreeSlugs.free("plan", Set.of(), 1)).isEqualTo("plan");
		assertThat(FreeSlugs.free("plan", Set.of("plan", "plan-2", "plan-4"), 1)).isEqualTo("plan-3");
		assertThat(FreeSlugs.free("plan-2", Set.of("plan-2"), 1)).isEqualTo("plan-2-2");
	}

	@RepeatedTest(20)
	void afterALostRaceSpreadsOverTheFirstFewFreeAddresses() {
		assertThat(FreeSlugs.free("plan", Set.of("plan", "plan-3"), 3)).isIn("plan-2", "plan-4", "plan-5", "plan-6",
				"plan-7");
	}

}
