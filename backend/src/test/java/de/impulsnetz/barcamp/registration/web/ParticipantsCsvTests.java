package de.impulsnetz.barcamp.registration.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells of the participant CSV never start a formula, whatever line breaks or blanks a
 * name brings along.
 */
class ParticipantsCsvTests {

	@Test
	void aFormulaAfterALineBreakIsDefused() {
		assertThat(ParticipantsController.cell("\n=HYPERLINK(\"http://böse\")"))
			.isEqualTo("\"' =HYPERLINK(\"\"http://böse\"\")\"");
		assertThat(ParticipantsController.cell("a\r\n+1")).isEqualTo("a +1");
		assertThat(ParticipantsController.cell("Mia\r=1+1")).isEqualTo("Mia =1+1");
	}

	@Test
	void noCellHoldsALineBreak() {
		for (String name : new String[] { "a\nb", "a\rb", "a\r\nb", "a\u2028b", "a\u0085b" }) {
			assertThat(ParticipantsController.cell(name)).as(name).doesNotContain("\n", "\r", "\u2028", "\u0085");
		}
	}

	@Test
	void formulasAreDefusedEvenAfterBlanks() {
		assertThat(ParticipantsController.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(ParticipantsController.cell("  @SUM(A1)")).isEqualTo("'  @SUM(A1)");
		assertThat(ParticipantsController.cell("\t-1")).isEqualTo("'\t-1");
		assertThat(ParticipantsController.cell("\tText")).isEqualTo("'\tText");
		assertThat(ParticipantsController.cell("Mia Mitglied")).isEqualTo("Mia Mitglied");
		assertThat(ParticipantsController.cell("Müller; Kai")).isEqualTo("\"Müller; Kai\"");
	}

}
