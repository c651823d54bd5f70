package de.impulsnetz.practice.authoring.web;

import java.util.List;

import de.impulsnetz.municipality.MunicipalityKind;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The talk that inspired a case, as members paste it: its key or its address.
 */
class PracticeFormTalkTests {

	@Test
	void takesTheKeyOrTheTalksAddress() {
		assertThat(PracticeForm.talkKey("reihe/vortrag")).isEqualTo("reihe/vortrag");
		assertThat(PracticeForm.talkKey(" https://impulsnetz.example/impulse/reihe/vortrag/?x=1#kapitel "))
			.isEqualTo("reihe/vortrag");
		assertThat(PracticeForm.talkKey("/impulse/reihe/vortrag")).isEqualTo("reihe/vortrag");
		assertThat(PracticeForm.talkKey("  ")).isNull();
	}

	@Test
	void somethingElseIsRefusedAndNothingIsStoredWithoutIt() {
		assertThat(errors("https://example.org/irgendwas").getFieldErrors("inspiredBy")).hasSize(1);
		assertThat(errors("/impulse/reihe/vortrag").getFieldErrors("inspiredBy")).isEmpty();
		assertThat(form("").toContent().inspiredBy()).isNull();
		assertThat(form("/impulse/reihe/vortrag").toContent().inspiredBy()).isEqualTo("reihe/vortrag");
	}

	private static Errors errors(String inspiredBy) {
		PracticeForm form = form(inspiredBy);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		form.validate(errors);
		return errors;
	}

	private static PracticeForm form(String inspiredBy) {
		PracticeForm blank = PracticeForm.blank("kreis-steinfurt", MunicipalityKind.KREIS);
		return new PracticeForm("Titel", "Teaser", blank.municipalities(), blank.channels(), List.of("Video"), "",
				blank.institutionKind(), blank.body(), null, null, "", null, null, "", "", inspiredBy, null, null, null,
				null);
	}

}
