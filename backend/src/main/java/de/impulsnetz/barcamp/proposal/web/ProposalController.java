package de.impulsnetz.barcamp.proposal.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import de.impulsnetz.barcamp.Equipment;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.EventRights;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.proposal.VoteRefused;
import de.impulsnetz.barcamp.proposal.Votes;
import de.impulsnetz.barcamp.web.EventViews.EventCard;
import de.impulsnetz.barcamp.web.EventViews.ProposalCard;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.web.Choice;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * The session board of an event: proposals with their votes, voting, proposing, changing
 * and withdrawing. Every action is a plain form; the server checks every right.
 */
@Controller
class ProposalController {

	/**
	 * What the board confirms, and where: at the proposal the action was on (the flag
	 * names it: {@code ?abgestimmt=krisen-posts}), a refused vote as a warning there; a
	 * withdrawal, whose proposal has left the board, under the heading.
	 */
	static final Notices NOTICES = Notices
		.at("vorschlag",
				Map.of("vorgeschlagen", "barcamp.notice.proposed", "geaendert", "barcamp.notice.proposalChanged",
						"abgestimmt", "barcamp.notice.voted"))
		.andWarnings("vorschlag",
				Map.of("budget", "barcamp.notice.budget", "abgelehnt", "barcamp.vote.refused.proposal", "eigener",
						"barcamp.vote.refused.own"))
		.and("oben", Map.of("zurueckgezogen", "barcamp.notice.withdrawn"));

	private final EventCalendar calendar;

	private final Proposals proposals;

	private final Votes votes;

	private final CurrentMember currentMember;

	private final Clock clock;

	ProposalController(EventCalendar calendar, Proposals proposals, Votes votes, CurrentMember currentMember,
			Clock clock) {
		this.calendar = calendar;
		this.proposals = proposals;
		this.votes = votes;
		this.currentMember = currentMember;
		this.clock = clock;
	}

	/**
	 * The orders the board offers; by votes only where tallies are visible.
	 */
	enum Order {

		NEU, STIMMEN, WENIGSTE, TITEL;

		static Order of(@Nullable String value, boolean talliesVisible) {
			Order order = Arrays.stream(values())
				.filter((candidate) -> candidate.name().equalsIgnoreCase(value))
				.findFirst()
				.orElse(NEU);
			return (!talliesVisible && (order == STIMMEN || order == WENIGSTE)) ? NEU : order;
		}

		/**
		 * What the label says, with ties (and proposals without a time, from content
		 * files) by title, so the order is the same on every load.
		 */
		Comparator<ProposalCard> comparator() {
			Comparator<ProposalCard> byTitle = Comparator.comparing(ProposalCard::title, String.CASE_INSENSITIVE_ORDER);
			Comparator<ProposalCard> byVotes = Comparator
				.comparing((card) -> (card.votes() != null) ? card.votes() : 0);
			return switch (this) {
				case NEU -> Comparator
					.comparing(ProposalCard::proposedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
					.thenComparing(byTitle);
				case STIMMEN -> byVotes.reversed().thenComparing(byTitle);
				case WENIGSTE -> byVotes.thenComparing(byTitle);
				case TITEL -> byTitle;
			};
		}

	}

	@GetMapping("/veranstaltungen/{slug}/sessions")
	Mono<Rendering> board(@PathVariable String slug, @RequestParam(required = false) @Nullable String reihenfolge,
			ServerHttpRequest request) {
		return this.currentMember.optional().flatMap((member) -> event(slug).flatMap((event) -> {
			boolean visible = event.talliesVisible(this.clock.instant());
			Order order = Order.of(reihenfolge, visible);
			String memberId = member.map(Member::id).orElse("");
			return Mono
				.zip(this.proposals.rights(event, member.orElse(null)), this.proposals.open(slug).collectList(),
						this.votes.tallies(slug), this.votes.of(slug, memberId), this.votes.remaining(event, memberId))
				.map((all) -> {
					List<ProposalCard> cards = all.getT2()
						.stream()
						.map((proposal) -> ProposalCard.of(proposal,
								visible ? all.getT3().getOrDefault(proposal.id(), 0) : null,
								all.getT4().getOrDefault(proposal.id(), 0),
								member.map((m) -> EventRights.mayChange(m, event, proposal)).orElse(false),
								member.map((m) -> Votes.isOwnProposal(proposal, m)).orElse(false)))
						.sorted(order.comparator())
						.toList();
					return Rendering.view("barcamp/sessions")
						.modelAttribute("event", EventCard.of(event))
						.modelAttribute("proposals", cards)
						.modelAttribute("rights", all.getT1())
						.modelAttribute("order", order)
						.modelAttribute("orders", visible ? List.of(Order.values()) : List.of(Order.NEU, Order.TITEL))
						.modelAttribute("talliesVisible", visible)
						.modelAttribute("budget", event.votingRules().mode() == VotingMode.BUDGET)
						.modelAttribute("maxPoints", event.votingRules().maxPoints())
						.modelAttribute("remaining", all.getT5())
						.modelAttribute("votingCloses", event.votingWindow().closes())
						.modelAttribute("notice",
								NOTICES.find(request, cards.stream().map(ProposalCard::slug).toList(), "oben"))
						.build();
				});
		}));
	}

	@PostMapping("/veranstaltungen/{slug}/sessions/{id}/stimme")
	Mono<Rendering> vote(@PathVariable String slug, @PathVariable String id, @ModelAttribute VoteForm form) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.proposals.byId(slug, id)
				.switchIfEmpty(Pages.notFound())
				.flatMap((proposal) -> ((form.points() > 0) ? this.votes.cast(event, proposal, member, form.points())
						: this.votes.withdraw(event, proposal, member))
					.thenReturn(boardUrl(slug, form.reihenfolge(), "abgestimmt", proposal.slug()))
					.onErrorResume(VoteRefused.class,
							(refused) -> Mono.just(boardUrl(slug, form.reihenfolge(), flag(refused), proposal.slug())))
					.map((url) -> Rendering.redirectTo(url).build()))
				.onErrorMap(EventDenied.class, (denied) -> new ResponseStatusException(HttpStatus.FORBIDDEN))));
	}

	/**
	 * The board's flag for a refused vote, which names the reason.
	 */
	private static String flag(VoteRefused refused) {
		return switch (refused.messageKey()) {
			case "barcamp.vote.refused.own" -> "eigener";
			case "barcamp.vote.refused.budget" -> "budget";
			default -> "abgelehnt";
		};
	}

	/**
	 * @param points 0 takes the vote back
	 */
	record VoteForm(int points, @Nullable String reihenfolge) {

	}

	@GetMapping("/veranstaltungen/{slug}/vorschlagen")
	Mono<Rendering> newProposal(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.proposals.rights(event, member)
				.map((rights) -> form(event, ProposalForm.blank(), null, rights).build())));
	}

	@PostMapping("/veranstaltungen/{slug}/vorschlagen")
	Mono<Rendering> propose(@PathVariable String slug, @Valid @ModelAttribute("form") ProposalForm form,
			BindingResult errors) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> this.proposals.rights(event, member)
				.flatMap((rights) -> errors.hasErrors() ? Mono.just(form(event, form, null, rights)
					.status(HttpStatus.BAD_REQUEST)
					.build()) : this.proposals
						.propose(event, member, form.toContent(), form.onBehalfOf())
						.map((created) -> Rendering.redirectTo(boardUrl(slug, null, "vorgeschlagen", created.slug()))
							.build())
						.onErrorResume(EventDenied.class,
								(denied) -> Mono
									.just(form(event, form, null, rights).modelAttribute("denied", denied.messageKey())
										.status(HttpStatus.FORBIDDEN)
										.build())))));
	}

	@GetMapping("/veranstaltungen/{slug}/sessions/{proposal}/bearbeiten")
	Mono<Rendering> edit(@PathVariable String slug, @PathVariable("proposal") String proposalSlug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> changeable(event, member, proposalSlug)
				.flatMap((proposal) -> this.proposals.rights(event, member)
					.map((rights) -> form(event, ProposalForm.of(proposal), proposal, rights).build()))));
	}

	@PostMapping("/veranstaltungen/{slug}/sessions/{proposal}/bearbeiten")
	Mono<Rendering> update(@PathVariable String slug, @PathVariable("proposal") String proposalSlug,
			@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> changeable(event, member, proposalSlug)
				.flatMap((proposal) -> this.proposals.rights(event, member).flatMap((rights) -> {
					if (errors.hasErrors()) {
						return Mono.just(form(event, form, proposal, rights).status(HttpStatus.BAD_REQUEST).build());
					}
					long version = (form.version() != null) ? form.version() : -1;
					return this.proposals.update(event, member, proposal.id(), form.toContent(), version)
						.map((saved) -> Rendering.redirectTo(boardUrl(slug, null, "geaendert", saved.slug())).build())
						.onErrorResume(OptimisticLockingFailureException.class,
								(stale) -> Mono
									.just(form(event, form, proposal, rights).modelAttribute("conflict", true)
										.status(HttpStatus.CONFLICT)
										.build()));
				}))));
	}

	@PostMapping("/veranstaltungen/{slug}/sessions/{proposal}/zurueckziehen")
	Mono<Rendering> withdraw(@PathVariable String slug, @PathVariable("proposal") String proposalSlug) {
		return this.currentMember.required()
			.flatMap((member) -> event(slug).flatMap((event) -> changeable(event, member, proposalSlug)
				.flatMap((proposal) -> this.proposals.withdraw(event, member, proposal.id()))))
			.thenReturn(Rendering.redirectTo(boardUrl(slug, null, "zurueckgezogen", null)).build());
	}

	private Rendering.Builder<?> form(Event event, ProposalForm form, @Nullable SessionProposal proposal,
			EventRights rights) {
		Rendering.Builder<?> page = Rendering.view("barcamp/proposal-form")
			.modelAttribute("event", EventCard.of(event))
			.modelAttribute("form", form)
			.modelAttribute("rights", rights)
			.modelAttribute("formats", List.of(ProposalFormat.values()))
			.modelAttribute("needChoices",
					Choice.translated("needs", Arrays.asList(Equipment.values()), Labels::key, form.needs()));
		if (proposal != null) {
			page.modelAttribute("proposal", ProposalCard.of(proposal));
		}
		return page;
	}

	private Mono<SessionProposal> changeable(Event event, Member member, String proposalSlug) {
		return this.proposals.bySlug(event.slug(), proposalSlug)
			.filter(SessionProposal::isOpen)
			.switchIfEmpty(Pages.notFound())
			.filter((proposal) -> EventRights.mayChange(member, event, proposal))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)));
	}

	private Mono<Event> event(String slug) {
		return this.calendar.bySlug(slug).switchIfEmpty(Pages.notFound());
	}

	private static String boardUrl(String slug, @Nullable String order, String flag, @Nullable String proposal) {
		String board = "/veranstaltungen/" + slug + "/sessions"
				+ ((order != null && order.matches("[a-z]{1,10}")) ? "?reihenfolge=" + order : "");
		return (proposal != null) ? Notices.redirect(board, flag, proposal) : Notices.redirect(board, flag);
	}

}
