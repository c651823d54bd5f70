package de.impulsnetz.barcamp.notes;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.PracticeContent;
import de.impulsnetz.shared.Berlin;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * "Als Praxisbeispiel übernehmen": turns a session and its notes into a draft
 * Praxisbeispiel of the proposer's municipality, prefilled with the usual sections, which
 * then goes through the normal review. Members of that municipality may do it; the
 * knowledge base's own rule decides (members write for their own municipality).
 */
@Service
public class SessionToPractice {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

	private static final int TEASER = 380;

	private final PracticeAuthoring authoring;

	private final MunicipalityDirectory directory;

	private final SessionNotes notes;

	SessionToPractice(PracticeAuthoring authoring, MunicipalityDirectory directory, SessionNotes notes) {
		this.authoring = authoring;
		this.directory = directory;
		this.notes = notes;
	}

	public Mono<Practice> draft(Event event, SessionProposal proposal, Member member) {
		String municipality = (proposal.municipality() != null) ? proposal.municipality() : member.municipality();
		if (municipality == null) {
			return Mono.error(new EventDenied("barcamp.denied.practiceMunicipality"));
		}
		return this.directory.bySlug(municipality)
			.map(Municipality::kind)
			.defaultIfEmpty(MunicipalityKind.KREIS)
			.zipWith(this.notes.of(proposal.id()).map(SessionNote::text).defaultIfEmpty(""))
			.flatMap((both) -> this.authoring.create(member,
					new PracticeContent(proposal.title(), teaser(proposal, event), List.of(municipality), List.of(),
							List.of(), both.getT1(), body(event, proposal, both.getT2()), null, List.of(), List.of(),
							null)));
	}

	private static String teaser(SessionProposal proposal, Event event) {
		String text = proposal.description().isBlank()
				? "Aus der Session „" + proposal.title() + "“ bei „" + event.title() + "“." : proposal.description();
		text = text.replaceAll("\\s+", " ").strip();
		return (text.length() <= TEASER) ? text : text.substring(0, TEASER - 1).strip() + "…";
	}

	private static String body(Event event, SessionProposal proposal, String notes) {
		String origin = "Dieser Entwurf entstand aus der Session „" + proposal.title() + "“ (" + proposal.proposer()
				+ ") bei „" + event.title() + "“ am " + DATE.format(Berlin.local(event.startsAt())) + ".";
		return PracticeContent
			.template(Map.of("Kernaussagen", "- ", "Ausgangslage", origin + "\n\n" + proposal.description(),
					"Umsetzung", notes.isBlank() ? "(Noch keine Notizen aus der Session.)" : notes));
	}

}
