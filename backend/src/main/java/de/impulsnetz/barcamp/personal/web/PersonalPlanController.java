package de.impulsnetz.barcamp.personal.web;

import de.impulsnetz.shared.web.EntityTags;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.export.PlanCalendar;
import de.impulsnetz.barcamp.personal.Stars;
import de.impulsnetz.barcamp.plan.Schedule;
import de.impulsnetz.barcamp.plan.Schedule.Entry;
import de.impulsnetz.barcamp.plan.SessionPlans;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.web.EventViews.EventCard;
import de.impulsnetz.barcamp.web.EventViews.ProposalCard;
import de.impulsnetz.identity.CalendarTokens;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.shared.PublicUrl;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Starring sessions, the personal plan of an event, and the personal calendar feed with
 * every starred session at every event.
 */
@Controller
class PersonalPlanController {

	private final EventCalendar calendar;

	private final Proposals proposals;

	private final Stars stars;

	private final SessionPlans sessionPlans;

	private final CurrentMember currentMember;

	private final CalendarTokens tokens;

	private final String baseUrl;

	PersonalPlanController(EventCalendar calendar, Proposals proposals, Stars stars, SessionPlans sessionPlans,
			CurrentMember currentMember, CalendarTokens tokens, PublicUrl baseUrl) {
		this.tokens = tokens;
		this.calendar = calendar;
		this.proposals = proposals;
		this.stars = stars;
		this.sessionPlans = sessionPlans;
		this.currentMember = currentMember;
		this.baseUrl = baseUrl.base();
	}

	@PostMapping("/veranstaltungen/{slug}/sessions/{proposal}/merken")
	Mono<Rendering> star(@PathVariable String slug, @PathVariable("proposal") String proposalSlug,
			@ModelAttribute StarForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.proposals.bySlug(slug, proposalSlug)
				.filter(SessionProposal::isOpen)
				.switchIfEmpty(Pages.notFound())
				.flatMap((proposal) -> "ja".equals(form.wert()) ? this.stars.star(proposal, member)
						: this.stars.unstar(proposal, member)))
			.thenReturn(Rendering.redirectTo(back(slug, proposalSlug, form)).build());
	}

	/**
	 * @param zurueck where to return: {@code plan}, {@code mein-plan} or the session page
	 */
	record StarForm(@Nullable String wert, @Nullable String zurueck) {

	}

	/**
	 * What the personal plan confirms: a new calendar address, at the address.
	 */
	static final Notices NOTICES = Notices.at("kalender", Map.of("neue-adresse", "barcamp.notice.newAddress"));

	@GetMapping("/veranstaltungen/{slug}/mein-plan")
	Mono<Rendering> personal(@PathVariable String slug, ServerHttpRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.calendar.bySlug(slug)
				.switchIfEmpty(Pages.notFound())
				.flatMap((event) -> Mono
					.zip(this.sessionPlans.schedule(event), this.stars.of(slug, member.id()),
							this.proposals.open(slug).collectList(), this.tokens.of(member))
					.map((all) -> {
						Set<String> starred = all.getT2();
						List<Entry> mine = all.getT1()
							.entries()
							.stream()
							.filter((entry) -> starred.contains(entry.proposal().id()))
							.toList();
						List<MyEntry> entries = mine.stream()
							.map((entry) -> new MyEntry(entry.proposal().slug(), entry.proposal().title(), entry.room(),
									Berlin.local(entry.start()),
									mine.stream()
										.anyMatch((other) -> other != entry && other.start().isBefore(entry.end())
												&& entry.start().isBefore(other.end()))))
							.toList();
						List<ProposalCard> waiting = all.getT3()
							.stream()
							.filter((proposal) -> starred.contains(proposal.id()))
							.filter((proposal) -> mine.stream()
								.noneMatch((e) -> e.proposal().id().equals(proposal.id())))
							.map(ProposalCard::of)
							.toList();
						return Rendering.view("barcamp/personal-plan")
							.modelAttribute("event", EventCard.of(event))
							.modelAttribute("entries", entries)
							.modelAttribute("waiting", waiting)
							.modelAttribute("feedUrl", this.baseUrl + "/kalender/" + all.getT4().token() + ".ics")
							.modelAttribute("notice", NOTICES.find(request))
							.build();
					})));
	}

	/**
	 * @param clash runs at the same time as another starred session
	 */
	record MyEntry(String slug, String title, String room, LocalDateTime start, boolean clash) {

	}

	@PostMapping("/kalender/neue-adresse")
	Mono<Rendering> renew(@ModelAttribute RenewForm form) {
		String back = (form.veranstaltung() != null && form.veranstaltung().matches("[a-z0-9-]{1,120}"))
				? Notices.redirect("/veranstaltungen/" + form.veranstaltung() + "/mein-plan", "neue-adresse")
				: "/konto";
		return this.currentMember.required().flatMap(this.tokens::renew).thenReturn(Rendering.redirectTo(back).build());
	}

	record RenewForm(@Nullable String veranstaltung) {

	}

	/**
	 * The personal calendar: every starred session at every event. No login, the token is
	 * the proof; an unknown token is a 404.
	 */
	@GetMapping("/kalender/{token:" + CalendarTokens.PATTERN + "}.ics")
	@ResponseBody
	Mono<ResponseEntity<String>> feed(@PathVariable String token) {
		return this.tokens.holder(token)
			.map((holder) -> holder.id())
			.switchIfEmpty(Pages.notFound())
			.flatMap((memberId) -> this.stars.all(memberId)
				.map((star) -> star.event())
				.distinct()
				.concatMap((slug) -> this.calendar.bySlug(slug))
				.concatMap((event) -> Mono.zip(this.sessionPlans.schedule(event), this.stars.of(event.slug(), memberId))
					.map((both) -> starredOnly(both.getT1(), both.getT2())))
				.collectList())
			.map((schedules) -> EntityTags
				.personalCalendar(PlanCalendar.of("Impulsnetz: mein Plan", schedules, this.baseUrl)));
	}

	private static Schedule starredOnly(Schedule schedule, Set<String> starred) {
		return new Schedule(schedule.event(), schedule.version(), schedule.days(),
				schedule.entries().stream().filter((entry) -> starred.contains(entry.proposal().id())).toList());
	}

	/**
	 * Back where the member starred, with the confirmation there: at the session in the
	 * plan, or at the button on the session's page.
	 */
	private static String back(String slug, String proposalSlug, StarForm form) {
		String event = "/veranstaltungen/" + slug;
		String flag = "ja".equals(form.wert()) ? "gemerkt" : "nicht-gemerkt";
		if ("plan".equals(form.zurueck())) {
			return Notices.redirect(event + "/plan", flag, proposalSlug);
		}
		if ("mein-plan".equals(form.zurueck())) {
			return event + "/mein-plan";
		}
		return Notices.redirect(event + "/sessions/" + proposalSlug, flag);
	}

}
