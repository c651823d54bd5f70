package de.impulsnetz.barcamp.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.SlotKind;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.shared.web.Choice;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * Organisers create and change events: date and venue, seats, rooms with their equipment,
 * the time grid, registration deadline and voting rules. More seats move people up from
 * the waiting list at once.
 */
@Controller
class EventEditorController {

	private final EventCalendar calendar;

	private final Registrations registrations;

	private final CurrentMember currentMember;

	private final SessionPlans plans;

	EventEditorController(EventCalendar calendar, Registrations registrations, CurrentMember currentMember,
			SessionPlans plans) {
		this.plans = plans;
		this.calendar = calendar;
		this.registrations = registrations;
		this.currentMember = currentMember;
	}

	@GetMapping("/veranstaltungen/neu")
	Mono<Rendering> newEvent() {
		return organiser().map((member) -> form(EventForm.blank(), null).build());
	}

	@PostMapping("/veranstaltungen/neu")
	Mono<Rendering> create(@Valid @ModelAttribute("form") EventForm form, BindingResult errors) {
		form.validate(errors);
		return organiser()
			.flatMap((member) -> errors.hasErrors() ? Mono.just(form(form, null).status(HttpStatus.BAD_REQUEST).build())
					: this.calendar.create(member, form.toNewEvent())
						.map((created) -> Rendering
							.redirectTo(Notices.redirect("/veranstaltungen/" + created.slug(), "angelegt"))
							.build()));
	}

	@GetMapping("/veranstaltungen/{slug}/bearbeiten")
	Mono<Rendering> edit(@PathVariable String slug) {
		return organised(slug).map((event) -> form(EventForm.of(event), event).build());
	}

	@PostMapping("/veranstaltungen/{slug}/bearbeiten")
	Mono<Rendering> update(@PathVariable String slug, @Valid @ModelAttribute("form") EventForm form,
			BindingResult errors) {
		form.validate(errors);
		return organised(slug).flatMap((event) -> {
			if (errors.hasErrors()) {
				return Mono.just(form(form, event).status(HttpStatus.BAD_REQUEST).build());
			}
			long basedOn = (form.version() != null) ? form.version() : -1;
			return this.currentMember.required()
				.flatMap((member) -> this.calendar.update(member, slug, form.toNewEvent(), basedOn)
					.flatMap((saved) -> this.registrations.promote(saved)
						.then(sameGrid(event, saved) ? Mono.empty() : this.plans.realign(event, saved, member))
						.thenReturn(saved)))
				.map((saved) -> Rendering.redirectTo(Notices.redirect("/veranstaltungen/" + slug, "geaendert")).build())
				.onErrorResume(OptimisticLockingFailureException.class, (stale) -> Mono
					.just(form(form, event).modelAttribute("conflict", true).status(HttpStatus.CONFLICT).build()));
		});
	}

	private static boolean sameGrid(Event before, Event after) {
		return before.rooms().equals(after.rooms()) && before.slots().equals(after.slots());
	}

	private Rendering.Builder<?> form(EventForm form, @Nullable Event event) {
		Rendering.Builder<?> page = Rendering.view("barcamp/event-form")
			.modelAttribute("form", form)
			.modelAttribute("kinds", List.of(EventKind.values()))
			.modelAttribute("slotKinds", List.of(SlotKind.values()))
			.modelAttribute("votingModes", List.of(VotingMode.values()))
			.modelAttribute("equipmentChoices",
					IntStream.range(0, form.rooms().size())
						.mapToObj((i) -> Choice.translated("rooms[" + i + "].equipment",
								Arrays.asList(Equipment.values()), Labels::key, form.rooms().get(i).equipment()))
						.toList());
		if (event != null) {
			page.modelAttribute("event", EventViews.EventCard.of(event));
		}
		return page;
	}

	private Mono<Member> organiser() {
		return this.currentMember.required()
			.filter((member) -> (member.isAdmin() || member.has(Role.ORGANISER)) && member.municipality() != null)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)));
	}

	private Mono<Event> organised(String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.calendar.bySlug(slug)
				.switchIfEmpty(Pages.notFound())
				.filter((event) -> EventRights.isOrganiser(member, event))
				.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN))));
	}

}
