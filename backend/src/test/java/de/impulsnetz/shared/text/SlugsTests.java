package de.impulsnetz.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void spellsOutUmlautsAndSharpS() {
		assertThat(Slugs.of("Kreis Minden-Lübbecke")).isEqualTo("kreis-minden-luebbecke");
		assertThat(Slugs.of("Straßenfest in Ibbenbüren")).isEqualTo("strassenfest-in-ibbenbueren");
	}

	@Test
	void reducesEverythingElseToSingleHyphens() {
		assertThat(Slugs.of("  21. Runder Tisch „Willkommen“!  ")).isEqualTo("21-runder-tisch-willkommen");
		assertThat(Slugs.of("Café – Équipe")).isEqualTo("cafe-equipe");
	}

	@Test
	void validatesSlugs() {
		assertThat(Slugs.isValid("kreis-steinfurt")).isTrue();
		assertThat(Slugs.isValid("Kreis")).isFalse();
		assertThat(Slugs.isValid("-kreis")).isFalse();
		assertThat(Slugs.isValid("a--b")).isFalse();
		assertThat(Slugs.isValid(null)).isFalse();
	}

}
