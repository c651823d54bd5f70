package de.impulsnetz.shared.text;

import java.util.List;
import java.util.Locale;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.registration.RegistrationStatus;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.talk.recording.RecordingJob;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enum constants reach people by their names in the bundles, also inside other messages
 * and as lists.
 */
class LabelsTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	LabelsTests() {
		this.messages.setBasename("i18n/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setDefaultLocale(Locale.GERMAN);
	}

	@Test
	void aConstantIsNamedByItsTypeAndName() {
		assertThat(Labels.key(Equipment.FLIPCHART)).isEqualTo("enum.Equipment.FLIPCHART");
		// A nested enum by its outer type too, so RecordingJob.Status and another Status
		// do not share keys.
		assertThat(Labels.key(RecordingJob.Status.FERTIG)).isEqualTo("enum.RecordingJob.Status.FERTIG");
		assertThat(Labels.key(Platform.class, "INSTAGRAM")).isEqualTo("enum.Platform.INSTAGRAM");
		assertThat(this.messages.getMessage(Labels.of(Platform.INSTAGRAM), Locale.GERMAN)).isEqualTo("Instagram");
		assertThat(this.messages.getMessage(Labels.of(RegistrationStatus.BESTAETIGT), Locale.GERMAN))
			.isEqualTo("bestätigt");
		assertThat(this.messages.getMessage(Labels.of(RegistrationStatus.BESTAETIGT), Locale.ENGLISH))
			.isEqualTo("confirmed");
	}

	@Test
	void missingEquipmentReadsAsGerman() {
		// With the article of the word's gender.
		assertThat(warning(List.of(Equipment.PINNWAND), Locale.GERMAN)).endsWith("Es fehlt eine Pinnwand.");
		assertThat(warning(List.of(Equipment.FLIPCHART), Locale.GERMAN))
			.isEqualTo("„Krisen-Posts“ in Saal um 10:00 Uhr: Es fehlt ein Flipchart.");
		assertThat(warning(List.of(Equipment.BEAMER, Equipment.FLIPCHART, Equipment.MIKROFON), Locale.GERMAN))
			.isEqualTo("„Krisen-Posts“ in Saal um 10:00 Uhr: Es fehlen ein Beamer, ein Flipchart und ein Mikrofon.")
			.doesNotContain("BEAMER", "FLIPCHART");
		assertThat(warning(List.of(Equipment.BEAMER, Equipment.PINNWAND), Locale.ENGLISH))
			.isEqualTo("“Krisen-Posts” in Saal at 10:00 Uhr: a projector and a pinboard are missing.");
	}

	@Test
	void countsReadAsGermanInEveryForm() {
		assertThat(message("barcamp.plan.interested", 1)).isEqualTo("eine interessierte Person");
		assertThat(message("barcamp.plan.interested", 4)).isEqualTo("4 Interessierte");
		assertThat(message("barcamp.plan.score", 0, 1, 1, 1)).isEqualTo(
				"Kein Mitglied hat Überschneidungen (eine gleichzeitig laufende Session mit Stimme); ein Platz zu wenig; ein Vorschlag noch nicht eingeplant.");
		assertThat(message("barcamp.plan.score", 2, 3, 0, 0)).isEqualTo(
				"2 Mitglieder haben Überschneidungen (3 gleichzeitig laufende Sessions mit Stimme); kein Platz zu wenig; alle Vorschläge eingeplant.");
		assertThat(message("barcamp.plan.seats", 1)).isEqualTo("(ein Platz)");
		assertThat(message("talk.duration", 1)).isEqualTo("(eine Minute)");
		assertThat(message("talk.duration", 45)).isEqualTo("(45 Minuten)");
		assertThat(message("barcamp.vote.remaining", 1, 1))
			.isEqualTo("Sie haben noch einen Punkt von einem Punkt zu vergeben.");
		assertThat(message("barcamp.registration.full", 1)).contains("auf der Warteliste steht eine Person.");
		assertThat(message("barcamp.registration.full", 3)).contains("auf der Warteliste stehen 3 Personen.");
		assertThat(message("barcamp.plan.warning.SEATS_SHORT", "A", "Saal", "10:00", 1))
			.isEqualTo("„A“ in Saal um 10:00: eine interessierte Person mehr als Plätze.");
	}

	private String warning(List<Equipment> missing, Locale locale) {
		return this.messages.getMessage("barcamp.plan.warning.MISSING_EQUIPMENT", new Object[] { "Krisen-Posts", "Saal",
				"10:00 Uhr", missing.size(), "", Labels.listWithArticles(missing) }, locale);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.GERMAN);
	}

}
