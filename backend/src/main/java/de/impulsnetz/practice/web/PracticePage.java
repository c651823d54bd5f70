package de.impulsnetz.practice.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Contact;
import de.impulsnetz.practice.Effort;
import de.impulsnetz.practice.KeyFigure;
import de.impulsnetz.practice.Link;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;

/**
 * One Praxisbeispiel as its page shows it, body already rendered and sanitised.
 *
 * @param publishedOn {@code null} while it was never published
 */
record PracticePage(String slug, String title, String teaser, List<MunicipalityRef> municipalities,
		List<Platform> channels, List<String> topics, MunicipalityKind institutionKind, @Nullable LocalDate publishedOn,
		@Nullable LocalDate updatedOn, @Nullable Contact contact, @Nullable Effort effort, List<KeyFigure> results,
		List<Link> links, int revision, String bodyHtml) {

	static PracticePage of(Practice practice, Map<String, Municipality> municipalities, String bodyHtml) {
		PracticeContent content = practice.content();
		LocalDate published = (practice.publishedAt() != null) ? Berlin.local(practice.publishedAt()).toLocalDate()
				: null;
		LocalDate updated = (practice.editedAt() != null) ? Berlin.local(practice.editedAt()).toLocalDate() : null;
		return new PracticePage(practice.slug(), content.title(), content.teaser(),
				MunicipalityRef.of(content.municipalities(), municipalities), content.channels(), content.topics(),
				content.institutionKind(), published, (updated != null && !updated.equals(published)) ? updated : null,
				content.contact(), content.effort(), content.results(), content.links(), practice.latestRevision(),
				bodyHtml);
	}

}
