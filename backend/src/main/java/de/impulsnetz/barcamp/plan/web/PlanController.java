package de.impulsnetz.barcamp.plan.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.personal.Stars;
import de.impulsnetz.barcamp.plan.PlanLive;
import de.impulsnetz.barcamp.plan.PlanLive.LiveConnectionsExhausted;
import de.impulsnetz.barcamp.plan.PlanOptimiser;
import de.impulsnetz.barcamp.plan.PlanRefused;
import de.impulsnetz.barcamp.plan.PlanWarning;
import de.impulsnetz.barcamp.plan.SessionPlan;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.barcamp.web.EventViews.EventCard;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.shared.PublicUrl;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * The session plan: public and live for everyone, and the organisers' editor in which
 * every step is a form with buttons, so the whole plan can be built by keyboard.
 */
@Controller
class PlanController {

	/**
	 * What the plan editor confirms, and where: steps on the grid above the grid, the
	 * suggestion's steps at the suggestion. A refused step is a warning; a refused
	 * placement names its session ({@code ?occupied=<id>}) and shows at it in the list of
	 * sessions to place, a refused block above the grid.
	 */
	static final Notices EDITOR_NOTICES = Notices
		.at("plan",
				Map.of("eingeplant", "barcamp.plan.notice.placed", "entfernt", "barcamp.plan.notice.removed",
						"angeheftet", "barcamp.plan.notice.pinned", "gesperrt", "barcamp.plan.notice.blocked"))
		.and("vorschlag",
				Map.of("vorgeschlagen", "barcamp.plan.notice.suggested", "uebernommen", "barcamp.plan.notice.accepted",
						"verworfen", "barcamp.plan.notice.discarded"))
		.andWarnings("plan",
				Map.of("occupied", "barcamp.plan.refused.occupied", "noSessions", "barcamp.plan.refused.noSessions",
						"noSuchCell", "barcamp.plan.refused.noSuchCell", "pastEndOfDay",
						"barcamp.plan.refused.pastEndOfDay"));

	/**
	 * What the public plan confirms: starring, at the session starred.
	 */
	static final Notices PLAN_NOTICES = Notices.at("merken",
			Map.of("gemerkt", "barcamp.notice.starred", "nicht-gemerkt", "barcamp.notice.unstarred"));

	private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private final EventCalendar calendar;

	private final SessionPlans plans;

	private final PlanLive live;

	private final CurrentMember currentMember;

	private final Stars stars;

	private final String baseUrl;

	private final MessageSource messages;

	PlanController(EventCalendar calendar, SessionPlans plans, PlanLive live, CurrentMember currentMember, Stars stars,
			MessageSource messages, PublicUrl baseUrl) {
		this.messages = messages;
		this.stars = stars;
		this.baseUrl = baseUrl.base();
		this.calendar = calendar;
		this.plans = plans;
		this.live = live;
		this.currentMember = currentMember;
	}

	@GetMapping("/veranstaltungen/{slug}/plan")
	Mono<Rendering> plan(@PathVariable String slug, ServerHttpRequest request) {
		return this.currentMember.optional()
			.flatMap((member) -> event(slug).flatMap((event) -> Mono
				.zip(PlanView.read(this.plans, event),
						member.map((m) -> this.stars.of(slug, m.id()).map(Optional::of))
							.orElse(Mono.just(Optional.empty())))
				.map((all) -> Rendering.view("barcamp/plan")
					.modelAttribute("event", EventCard.of(event))
					.modelAttribute("plan", all.getT1())
					.modelAttribute("starred", all.getT2().orElse(null))
					.modelAttribute("planUrl", this.baseUrl + "/veranstaltungen/" + slug + "/plan")
					.modelAttribute("organise", member.map((m) -> EventRights.isOrganiser(m, event)).orElse(false))
					.modelAttribute("notice", PLAN_NOTICES.find(request))
					.build())));
	}

	/**
	 * Server-sent events: one "plan" event per new version, and a comment every 20
	 * seconds so proxies keep the connection open.
	 */
	@GetMapping(path = "/veranstaltungen/{slug}/plan/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	Flux<ServerSentEvent<String>> live(@PathVariable String slug) {
		Flux<ServerSentEvent<String>> changes = this.live.versions(slug)
			.map((version) -> ServerSentEvent.builder(String.valueOf(version)).event("plan").build());
		Flux<ServerSentEvent<String>> keepAlive = Flux.interval(Duration.ofSeconds(20))
			.map((tick) -> ServerSentEvent.<String>builder().comment("").build());
		// A first comment sends the headers at once and tells the browser to reconnect
		// after 3 seconds should the connection drop.
		ServerSentEvent<String> hello = ServerSentEvent.<String>builder()
			.comment("verbunden")
			.retry(Duration.ofSeconds(3))
			.build();
		return event(slug)
			.thenMany(this.live.connection(Flux.concat(Flux.just(hello), Flux.merge(changes, keepAlive))));
	}

	/**
	 * A full instance answers before the stream begins; the page keeps the plan it shows
	 * and reloads it now and then instead.
	 */
	@ExceptionHandler(LiveConnectionsExhausted.class)
	ResponseEntity<String> liveFull(Locale locale) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(this.messages.getMessage("barcamp.plan.live.full", null, locale));
	}

	@GetMapping("/veranstaltungen/{slug}/plan/bearbeiten")
	Mono<Rendering> editor(@PathVariable String slug, ServerHttpRequest request) {
		return organised(slug).flatMap((target) -> this.plans.plan(target.event())
			.flatMap((plan) -> this.plans.planning(target.event(), plan).map((planning) -> {
				PlanView view = PlanView.of(target.event(), plan, planning.open(), planning.interested());
				PlanOptimiser optimiser = new PlanOptimiser(planning.problem());
				Map<String, String> titles = planning.open()
					.stream()
					.collect(Collectors.toMap(SessionProposal::id, SessionProposal::title));
				return Rendering.view("barcamp/plan-editor")
					.modelAttribute("event", EventCard.of(target.event()))
					.modelAttribute("plan", view)
					.modelAttribute("freeCells", view.freeCells(target.event()))
					.modelAttribute("score", optimiser.score(plan.placements()))
					.modelAttribute("warnings",
							PlanWarning.of(planning.problem(), plan.placements())
								.stream()
								.map((warning) -> WarningView.of(warning, titles, view))
								.toList())
					.modelAttribute("suggestion", plan.suggestion())
					.modelAttribute("suggestionPlan",
							(plan.suggestion() != null) ? PlanView.of(target.event(), plan.suggested(), planning.open(),
									planning.interested()) : null)
					.modelAttribute("notice",
							EDITOR_NOTICES.find(request,
									view.unplaced().stream().map(PlanView.SessionCard::id).toList(), "plan"))
					.build();
			})));
	}

	/**
	 * A warning as a message key with its arguments.
	 */
	record WarningView(String key, Object[] args) {

		static WarningView of(PlanWarning warning, Map<String, String> titles, PlanView view) {
			List<String> named = warning.proposalIds().stream().map((id) -> titles.getOrDefault(id, id)).toList();
			String time = (warning.slot() < view.rows().size()) ? view.rows().get(warning.slot()).time() : "";
			return new WarningView("barcamp.plan.warning." + warning.kind().name(),
					new Object[] { named.get(0), warning.room(), time, warning.number(),
							(named.size() > 1) ? named.get(1) : "", Labels.listWithArticles(warning.missing()) });
		}

	}

	@PostMapping("/veranstaltungen/{slug}/plan/einplanen")
	Mono<Rendering> place(@PathVariable String slug, @ModelAttribute PlaceForm form) {
		return step(slug, "eingeplant", form.proposal(), (target) -> {
			String[] cell = (form.cell() != null) ? form.cell().split("\\|", 2) : new String[0];
			if (cell.length != 2 || !cell[1].matches("[0-9]{1,3}")) {
				return Mono.error(new PlanRefused("barcamp.plan.refused.noSuchCell"));
			}
			return this.plans.place(target.event(), target.member(), form.proposal(), cell[0],
					Integer.parseInt(cell[1]));
		});
	}

	/**
	 * @param cell {@code room|slot}
	 */
	record PlaceForm(String proposal, @Nullable String cell) {

	}

	@PostMapping("/veranstaltungen/{slug}/plan/entfernen")
	Mono<Rendering> remove(@PathVariable String slug, @ModelAttribute ProposalRef form) {
		return step(slug, "entfernt", null,
				(target) -> this.plans.remove(target.event(), target.member(), form.proposal()));
	}

	@PostMapping("/veranstaltungen/{slug}/plan/anheften")
	Mono<Rendering> pin(@PathVariable String slug, @ModelAttribute PinForm form) {
		return step(slug, "angeheftet", form.proposal(),
				(target) -> this.plans.pin(target.event(), target.member(), form.proposal(), "ja".equals(form.wert())));
	}

	@PostMapping("/veranstaltungen/{slug}/plan/sperren")
	Mono<Rendering> block(@PathVariable String slug, @ModelAttribute BlockForm form) {
		return step(slug, "gesperrt", null, (target) -> this.plans.block(target.event(), target.member(), form.room(),
				form.slot(), "ja".equals(form.wert())));
	}

	@PostMapping("/veranstaltungen/{slug}/plan/vorschlagen")
	Mono<Rendering> suggest(@PathVariable String slug) {
		return step(slug, "vorgeschlagen", null, (target) -> this.plans.suggest(target.event(), target.member()));
	}

	@PostMapping("/veranstaltungen/{slug}/plan/uebernehmen")
	Mono<Rendering> accept(@PathVariable String slug) {
		return step(slug, "uebernommen", null, (target) -> this.plans.accept(target.event(), target.member()));
	}

	@PostMapping("/veranstaltungen/{slug}/plan/verwerfen")
	Mono<Rendering> discard(@PathVariable String slug) {
		return step(slug, "verworfen", null, (target) -> this.plans.discard(target.event(), target.member()));
	}

	record ProposalRef(String proposal) {

	}

	record PinForm(String proposal, @Nullable String wert) {

	}

	record BlockForm(String room, int slot, @Nullable String wert) {

	}

	/**
	 * Runs a planning step and returns to the editor with its notice
	 * (shared.web.Notices), or with the reason it was refused: for a session to place, at
	 * that session.
	 */
	private Mono<Rendering> step(String slug, String flag, @Nullable String proposal,
			Function<Target, Mono<SessionPlan>> action) {
		String editor = "/veranstaltungen/" + slug + "/plan/bearbeiten";
		return organised(slug).flatMap(action)
			.map((saved) -> Rendering.redirectTo(Notices.redirect(editor, flag)).build())
			.onErrorResume(PlanRefused.class, (refused) -> {
				String reason = refused.messageKey().substring(refused.messageKey().lastIndexOf('.') + 1);
				return Mono
					.just(Rendering
						.redirectTo((proposal != null && proposal.matches("[A-Za-z0-9]{1,40}"))
								? Notices.redirect(editor, reason, proposal) : Notices.redirect(editor, reason))
						.build());
			});
	}

	private record Target(Event event, Member member) {

	}

	private Mono<Target> organised(String slug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).filter((event) -> EventRights.isOrganiser(member, event))
				.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)))
				.map((event) -> new Target(event, member)));
	}

	private Mono<Event> event(String slug) {
		return this.calendar.bySlug(slug).switchIfEmpty(Pages.notFound());
	}

}
