package de.impulsnetz.barcamp.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.integration.EventTalks;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.barcamp.proposal.ProposalNotFound;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.proposal.Votes;
import de.impulsnetz.barcamp.registration.RegistrationStatus;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.barcamp.registration.Roster;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.server.reactive.ServerHttpRequest;
import io.swagger.v3.oas.annotations.Parameter;
import de.impulsnetz.shared.web.ApiPages;

/**
 * Events, registrations, proposals and votes as JSON, with the rules of the pages.
 * Reading events and proposals is public; everything else needs a bearer token.
 */
@RestController
@RequestMapping("/api/v1/veranstaltungen")
@Tag(name = "Veranstaltungen")
class EventApi {

	private final EventCalendar calendar;

	private final Registrations registrations;

	private final Proposals proposals;

	private final Votes votes;

	private final SessionPlans plans;

	private final CurrentMember currentMember;

	private final Clock clock;

	private final EventTalks talks;

	EventApi(EventCalendar calendar, Registrations registrations, Proposals proposals, Votes votes, SessionPlans plans,
			CurrentMember currentMember, Clock clock, EventTalks talks) {
		this.talks = talks;
		this.plans = plans;
		this.calendar = calendar;
		this.registrations = registrations;
		this.proposals = proposals;
		this.votes = votes;
		this.currentMember = currentMember;
		this.clock = clock;
	}

	@GetMapping
	@Operation(
			summary = "Die Veranstaltungen seitenweise, die nächste zuerst, vergangene am Ende; X-Total-Count und Link nennen Gesamtzahl und Seiten")
	Mono<ResponseEntity<List<EventResponse>>> list(
			@Parameter(description = "Seite, ab 1") @RequestParam(defaultValue = "1") int seite,
			@Parameter(description = "Einträge je Seite, höchstens " + ApiPages.MAX_SIZE) @RequestParam(
					defaultValue = "" + ApiPages.DEFAULT_SIZE) int groesse,
			ServerHttpRequest request) {
		return ApiPages.page(this.calendar.upcoming(1000).concatWith(this.calendar.past()), seite, groesse, request,
				this::document);
	}

	@PostMapping
	@Operation(summary = "Legt eine Veranstaltung für die eigene Kommune an (Organisation)")
	Mono<ResponseEntity<EventResponse>> create(@Valid @RequestBody EventRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.calendar.create(member, request.toNewEvent()))
			.flatMap(this::document)
			.map((created) -> ResponseEntity.created(URI.create("/api/v1/veranstaltungen/" + created.slug()))
				.body(created));
	}

	@GetMapping("/{slug}")
	@Operation(summary = "Eine Veranstaltung mit Räumen, Zeitfenstern und Zahl der Anmeldungen")
	Mono<EventResponse> show(@PathVariable String slug) {
		return event(slug).flatMap(this::document);
	}

	@PostMapping("/{slug}/anmeldungen")
	@Operation(
			summary = "Meldet an: BESTAETIGT, solange Plätze frei sind, sonst WARTELISTE; 201, bei erneuter Anmeldung 200")
	Mono<ResponseEntity<RegistrationResponse>> register(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap(
					(member) -> event(slug).flatMap((event) -> this.registrations.status(event, member.id())
						.flatMap((before) -> this.registrations.register(event, member)
							.then(this.registrations.roster(event))
							.map((roster) -> ResponseEntity
								.status(before.isPresent() ? HttpStatus.OK : HttpStatus.CREATED)
								.body(own(roster, member.id()).orElseThrow())))));
	}

	@DeleteMapping("/{slug}/anmeldungen")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Meldet ab; der oder die Erste auf der Warteliste rückt nach und bekommt eine E-Mail")
	Mono<Void> cancel(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.registrations.cancel(event, member.id())))
			.then();
	}

	@GetMapping("/{slug}/anmeldungen")
	@Operation(summary = "Organisation: alle Anmeldungen mit Status; Mitglieder: die eigene")
	Mono<List<RegistrationResponse>> registrations(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.registrations.roster(event)
				.map((roster) -> EventRights.isOrganiser(member, event) ? everyone(roster)
						: own(roster, member.id()).stream().toList())));
	}

	@GetMapping("/{slug}/vorschlaege")
	@Operation(summary = "Offene Session-Vorschläge; votes nur, wenn die Stimmen sichtbar sind")
	Mono<List<ProposalResponse>> proposals(@PathVariable String slug) {
		return this.currentMember.optional()
			.flatMap(
					(member) -> event(slug).flatMap((event) -> Mono
						.zip(this.proposals.open(slug).collectList(), this.votes.tallies(slug),
								member.map((m) -> this.votes.of(slug, m.id())).orElse(Mono.just(Map.of())))
						.map((all) -> {
							boolean visible = event.talliesVisible(this.clock.instant());
							return all.getT1()
								.stream()
								.map((proposal) -> ProposalResponse.of(proposal,
										visible ? all.getT2().getOrDefault(proposal.id(), 0) : null,
										all.getT3().get(proposal.id())))
								.toList();
						})));
	}

	@PostMapping("/{slug}/vorschlaege")
	@Operation(summary = "Schlägt eine Session vor (angemeldete Mitglieder; Organisation auch für andere)")
	Mono<ResponseEntity<ProposalResponse>> propose(@PathVariable String slug,
			@Valid @RequestBody ProposalRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug)
				.flatMap((event) -> this.proposals.propose(event, member, request.toContent(), request.onBehalfOf())))
			.map((created) -> ResponseEntity
				.created(URI.create("/api/v1/veranstaltungen/" + slug + "/vorschlaege/" + created.id()))
				.body(ProposalResponse.of(created, null, null)));
	}

	@PutMapping("/{slug}/vorschlaege/{id}/stimme")
	@Operation(summary = "Stimmt für einen Vorschlag (idempotent); points nur bei Punktebudget")
	Mono<Map<String, Integer>> vote(@PathVariable String slug, @PathVariable String id,
			@RequestBody(required = false) @Nullable VoteRequest request) {
		int points = (request != null && request.points() != null) ? request.points() : 1;
		return votable(slug, id)
			.flatMap((target) -> this.votes.cast(target.event(), target.proposal(), target.member(), points)
				.map((vote) -> Map.of("points", vote.points())));
	}

	@DeleteMapping("/{slug}/vorschlaege/{id}/stimme")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Nimmt die eigene Stimme zurück (idempotent)")
	Mono<Void> unvote(@PathVariable String slug, @PathVariable String id) {
		return votable(slug, id)
			.flatMap((target) -> this.votes.withdraw(target.event(), target.proposal(), target.member()))
			.then();
	}

	@GetMapping("/{slug}/plan")
	@Operation(summary = "Der Sessionplan: Räume, Zeitfenster und eingeplante Sessions mit Beginn und Ende")
	Mono<PlanResponse> plan(@PathVariable String slug) {
		return event(slug).flatMap(
				(event) -> Mono.zip(this.plans.plan(event), this.proposals.open(slug).collectMap(SessionProposal::id))
					.map((all) -> PlanResponse.of(event, all.getT1(), all.getT2())));
	}

	record VoteRequest(@Nullable Integer points) {

	}

	private record Target(Event event, SessionProposal proposal, Member member) {

	}

	private Mono<Target> votable(String slug, String id) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.proposals.byId(slug, id)
				.filter(SessionProposal::isOpen)
				.switchIfEmpty(Mono.error(new ProposalNotFound(id)))
				.map((proposal) -> new Target(event, proposal, member))));
	}

	private Mono<Event> event(String slug) {
		return this.calendar.bySlug(slug).switchIfEmpty(Mono.error(new EventNotFound()));
	}

	private Mono<EventResponse> document(Event event) {
		return this.currentMember.optional()
			.flatMap((caller) -> Mono.zip(this.registrations.roster(event), this.talks.at(event, caller.orElse(null))))
			.map((found) -> EventResponse.of(event, found.getT1(), found.getT2()));
	}

	private static List<RegistrationResponse> everyone(Roster roster) {
		return roster.everyone().map((registration) -> own(roster, registration.memberId()).orElseThrow()).toList();
	}

	private static Optional<RegistrationResponse> own(Roster roster, String memberId) {
		return roster.statusOf(memberId).map((status) -> {
			boolean confirmed = status == RegistrationStatus.BESTAETIGT;
			var registration = roster.everyone()
				.filter((candidate) -> candidate.memberId().equals(memberId))
				.findFirst()
				.orElseThrow();
			return RegistrationResponse.of(registration, status, confirmed ? null : roster.waitingPosition(memberId));
		});
	}

	static final class EventNotFound extends RuntimeException {

		EventNotFound() {
			super("No such event");
		}

	}

}
