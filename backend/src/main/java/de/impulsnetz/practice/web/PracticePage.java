package de.impulsnetz.practice.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Contact;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;

/**
 * One Praxisbeispiel as its page shows it, body already rendered and sanitised.
 */
record PracticePage(String slug, String title, String teaser, List<MunicipalityRef> municipalities,
		List<Platform> channels, List<String> topics, MunicipalityKind institutionKind, LocalDate publishedOn,
		@Nullable Contact contact, String bodyHtml) {

	static PracticePage of(Practice practice, Map<String, Municipality> municipalities, String bodyHtml) {
		return new PracticePage(practice.slug(), practice.title(), practice.teaser(),
				MunicipalityRef.of(practice.municipalities(), municipalities), practice.channels(), practice.topics(),
				practice.institutionKind(), Berlin.local(practice.publishedAt()).toLocalDate(), practice.contact(),
				bodyHtml);
	}

}
