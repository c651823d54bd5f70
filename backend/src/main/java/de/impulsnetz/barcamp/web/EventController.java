package de.impulsnetz.barcamp.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.ProposalFormat;
import de.impulsnetz.barcamp.SessionProposal;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.Markdown;
import de.impulsnetz.shared.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

@Controller
class EventController {

	private final EventCalendar calendar;

	private final MunicipalityDirectory directory;

	private final Markdown markdown;

	EventController(EventCalendar calendar, MunicipalityDirectory directory, Markdown markdown) {
		this.calendar = calendar;
		this.directory = directory;
		this.markdown = markdown;
	}

	@GetMapping("/veranstaltungen")
	Rendering list() {
		return Rendering.view("barcamp/list")
			.modelAttribute("upcoming", this.calendar.upcoming(100).map(EventCard::of).collectList())
			.modelAttribute("past", this.calendar.past().map(EventCard::of).collectList())
			.build();
	}

	@GetMapping("/veranstaltungen/{slug}")
	Rendering show(@PathVariable String slug) {
		var page = this.calendar.bySlug(slug)
			.switchIfEmpty(Pages.notFound())
			.flatMap((event) -> this.directory.bySlugs(event.organisers())
				.collectMap(Municipality::slug, Municipality::name)
				.zipWith(this.calendar.proposalsFor(slug).map(ProposalCard::of).collectList(),
						(organisers, proposals) -> EventPage.of(event, organisers,
								this.markdown.toHtml(event.description()), proposals)));
		return Rendering.view("barcamp/detail").modelAttribute("event", page).build();
	}

	record EventCard(String slug, String title, EventKind kind, LocalDateTime startsAt, LocalDateTime endsAt,
			String city) {

		static EventCard of(Event event) {
			return new EventCard(event.slug(), event.title(), event.kind(), Berlin.local(event.startsAt()),
					Berlin.local(event.endsAt()), event.venue().city());
		}

		public boolean sameDay() {
			return this.startsAt.toLocalDate().equals(this.endsAt.toLocalDate());
		}

	}

	record Organiser(String slug, String name) {

	}

	record EventPage(EventCard card, Venue venue, List<Organiser> organisers, int capacity, String descriptionHtml,
			List<ProposalCard> proposals) {

		static EventPage of(Event event, Map<String, String> names, String descriptionHtml,
				List<ProposalCard> proposals) {
			List<Organiser> organisers = event.organisers()
				.stream()
				.map((slug) -> new Organiser(slug, names.getOrDefault(slug, slug)))
				.toList();
			return new EventPage(EventCard.of(event), event.venue(), organisers, event.capacity(), descriptionHtml,
					proposals);
		}

	}

	record ProposalCard(String slug, String title, ProposalFormat format, String proposer) {

		static ProposalCard of(SessionProposal proposal) {
			return new ProposalCard(proposal.slug(), proposal.title(), proposal.format(), proposal.proposer());
		}

	}

}
