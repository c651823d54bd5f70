package de.impulsnetz.barcamp.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.integration.EventTalks;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.proposal.Votes;
import de.impulsnetz.barcamp.registration.RegistrationStatus;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.barcamp.registration.Roster;
import de.impulsnetz.barcamp.web.EventViews.EventCard;
import de.impulsnetz.barcamp.web.EventViews.EventPage;
import de.impulsnetz.barcamp.web.EventViews.Organiser;
import de.impulsnetz.barcamp.web.EventViews.ProposalCard;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The event pages: the list, an event with its registration, and taking part and
 * cancelling one's participation (after a confirmation page that works without
 * JavaScript). "Anmelden"/"Abmelden" stay the words of the account: taking part is
 * "Teilnehmen", cancelling it "Teilnahme absagen".
 */
@Controller
class EventController {

	private final EventCalendar calendar;

	private final Registrations registrations;

	private final Proposals proposals;

	private final Votes votes;

	private final MunicipalityDirectory directory;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	private final Clock clock;

	private final MessageSource messages;

	private final EventTalks talks;

	EventController(EventCalendar calendar, Registrations registrations, Proposals proposals, Votes votes,
			MunicipalityDirectory directory, CurrentMember currentMember, Markdown markdown, Clock clock,
			MessageSource messages, EventTalks talks) {
		this.talks = talks;
		this.calendar = calendar;
		this.registrations = registrations;
		this.proposals = proposals;
		this.votes = votes;
		this.directory = directory;
		this.currentMember = currentMember;
		this.markdown = markdown;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/veranstaltungen")
	Mono<Rendering> list(Locale locale) {
		return this.currentMember.optional()
			.map((member) -> Rendering.view("barcamp/list")
				.modelAttribute("upcoming",
						this.calendar.upcoming(100).map((event) -> listed(event, locale)).collectList())
				.modelAttribute("past", this.calendar.past().map((event) -> listed(event, locale)).collectList())
				.modelAttribute("mayCreate",
						member.map((m) -> (m.isAdmin() || m.has(Role.ORGANISER)) && m.municipality() != null)
							.orElse(false))
				.build());
	}

	private ListedEvent listed(Event event, Locale locale) {
		return ListedEvent.of(event, this.messages.getMessage(Labels.of(event.kind()), locale));
	}

	/**
	 * An event in the list, as {@code fragments/cards :: grid} shows it.
	 */
	record ListedEvent(String href, String meta, String title, LocalDateTime when) {

		static ListedEvent of(Event event, String kindLabel) {
			EventCard card = EventCard.of(event);
			return new ListedEvent("/veranstaltungen/" + card.slug(), kindLabel + " · " + card.city(), card.title(),
					card.startsAt());
		}

		public @Nullable String text() {
			return null;
		}

	}

	@GetMapping("/veranstaltungen/{slug}")
	Mono<Rendering> show(@PathVariable String slug, ServerHttpRequest request) {
		return this.currentMember.optional()
			.flatMap((member) -> event(slug).flatMap((event) -> Mono
				.zip(this.directory.bySlugs(event.organisers()).collectMap(Municipality::slug, Municipality::name),
						this.calendar.proposalsFor(slug)
							.map((proposal) -> ProposalCard.of(proposal, null, 0, false))
							.collectList(),
						this.registrations.roster(event))
				.map((all) -> {
					Roster roster = all.getT3();
					Member viewer = member.orElse(null);
					Optional<RegistrationStatus> status = (viewer != null) ? roster.statusOf(viewer.id())
							: Optional.empty();
					EventPage page = new EventPage(EventCard.of(event), event.venue(), Organiser.of(event, all.getT1()),
							event.capacity(), this.markdown.toHtml(event.description()), all.getT2());
					return Rendering.view("barcamp/detail")
						.modelAttribute("event", page)
						.modelAttribute("rights", EventRights.of(viewer, event, status, this.clock.instant()))
						.modelAttribute("rules", rules(event, viewer, status))
						.modelAttribute("registration", new RegistrationPanel(status.orElse(null),
								(viewer != null) ? roster.waitingPosition(viewer.id()) : 0,
								Math.max(0, event.capacity() - roster.confirmedCount()), roster.waiting().size(),
								event.registrationWindow().hasClosed(this.clock.instant()),
								event.registrationWindow().hasNotOpened(this.clock.instant())))
						.modelAttribute("hasPlan", event.hasSessionPlan())
						.modelAttribute("talks", this.talks.at(event, viewer))
						.modelAttribute("notice", NOTICES.find(request))
						.build();
				})));
	}

	/**
	 * The deadlines and voting rules, with what the viewer has left if they vote.
	 */
	private Mono<EventRules> rules(Event event, @Nullable Member viewer, Optional<RegistrationStatus> status) {
		Instant now = this.clock.instant();
		if (viewer == null || !EventRights.of(viewer, event, status, now).vote()) {
			return Mono.just(EventRules.of(event, now, false, 0, 0));
		}
		return Mono.zip(this.votes.remaining(event, viewer.id()), this.votes.of(event.slug(), viewer.id()))
			.map((mine) -> EventRules.of(event, now, true, mine.getT1(), mine.getT2().size()));
	}

	/**
	 * What the event page confirms, and where: taking part and cancelling in the
	 * registration box, creating and changing the event under its title.
	 */
	static final Notices NOTICES = Notices
		.at("anmeldung",
				Map.of("teilnahme-bestaetigt", "barcamp.notice.registered", "warteliste", "barcamp.notice.waiting",
						"teilnahme-abgesagt", "barcamp.notice.cancelled"))
		.andWarnings("anmeldung", Map.of("anmeldung-geschlossen", "barcamp.notice.registrationClosed"))
		.and("oben", Map.of("angelegt", "barcamp.notice.eventCreated", "geaendert", "barcamp.notice.eventChanged"));

	/**
	 * What the registration box shows.
	 *
	 * @param status the viewer's registration, {@code null} if none
	 * @param position on the waiting list
	 * @param free seats left
	 * @param waiting people on the waiting list
	 */
	record RegistrationPanel(@Nullable RegistrationStatus status, int position, int free, int waiting, boolean closed,
			boolean notYetOpen) {

	}

	@PostMapping("/veranstaltungen/{slug}/teilnehmen")
	Mono<Rendering> register(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.registrations.register(event, member)))
			.map((status) -> Rendering.redirectTo(Notices.redirect("/veranstaltungen/" + slug,
					(status == RegistrationStatus.BESTAETIGT) ? "teilnahme-bestaetigt" : "warteliste"))
				.build())
			.onErrorResume(EventDenied.class,
					(closed) -> Mono.just(
							Rendering.redirectTo(Notices.redirect("/veranstaltungen/" + slug, "anmeldung-geschlossen"))
								.build()));
	}

	/**
	 * Asks before cancelling: the event page links here, and only the form on this page
	 * cancels. Members without a registration go back to the event.
	 */
	@GetMapping("/veranstaltungen/{slug}/teilnahme-absagen")
	Mono<Rendering> confirmCancel(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.registrations.roster(event)
				.map((roster) -> roster.statusOf(member.id())
					.map((status) -> Rendering.view("barcamp/cancel-participation")
						.modelAttribute("event", EventCard.of(event))
						.modelAttribute("status", status)
						.build())
					.orElseGet(() -> Rendering.redirectTo("/veranstaltungen/" + slug + "#anmeldung").build()))));
	}

	@PostMapping("/veranstaltungen/{slug}/teilnahme-absagen")
	Mono<Rendering> cancel(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.registrations.cancel(event, member.id())))
			.thenReturn(
					Rendering.redirectTo(Notices.redirect("/veranstaltungen/" + slug, "teilnahme-abgesagt")).build());
	}

	private Mono<Event> event(String slug) {
		return this.calendar.bySlug(slug).switchIfEmpty(Pages.notFound());
	}

}
