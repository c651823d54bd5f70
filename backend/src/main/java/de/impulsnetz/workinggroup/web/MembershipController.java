package de.impulsnetz.workinggroup.web;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.workinggroup.membership.Memberships;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The forms of the group page that change who is in the group. Each action goes back to
 * the group page with a confirmation; refusals come from {@link Memberships}.
 */
@Controller
class MembershipController {

	private final Memberships memberships;

	private final CurrentMember currentMember;

	MembershipController(Memberships memberships, CurrentMember currentMember) {
		this.memberships = memberships;
		this.currentMember = currentMember;
	}

	@PostMapping("/arbeitsgruppen/{slug}/einladen/kommune")
	Mono<Rendering> inviteMunicipality(@PathVariable String slug, @ModelAttribute InviteForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.memberships.inviteMunicipality(member, slug,
					(form.kommune() != null) ? form.kommune() : ""))
			.map((group) -> back(slug, "eingeladen"));
	}

	@PostMapping("/arbeitsgruppen/{slug}/einladen/person")
	Mono<Rendering> invitePerson(@PathVariable String slug, @ModelAttribute InviteForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.memberships.invitePerson(member, slug, form.email()))
			.map((group) -> back(slug, "eingeladen"));
	}

	/**
	 * Joins when invited, otherwise asks the coordinators.
	 */
	@PostMapping("/arbeitsgruppen/{slug}/beitreten")
	Mono<Rendering> join(@PathVariable String slug, @ModelAttribute JoinForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.memberships.join(member, slug, form.nachricht()))
			.map((joined) -> back(slug, joined ? "beigetreten" : "angefragt"));
	}

	@PostMapping("/arbeitsgruppen/{slug}/anfragen/{person}/annehmen")
	Mono<Rendering> accept(@PathVariable String slug, @PathVariable("person") String memberId) {
		return this.currentMember.required()
			.flatMap((coordinator) -> this.memberships.decide(coordinator, slug, memberId, true))
			.map((group) -> back(slug, "entschieden"));
	}

	@PostMapping("/arbeitsgruppen/{slug}/anfragen/{person}/ablehnen")
	Mono<Rendering> decline(@PathVariable String slug, @PathVariable("person") String memberId) {
		return this.currentMember.required()
			.flatMap((coordinator) -> this.memberships.decide(coordinator, slug, memberId, false))
			.map((group) -> back(slug, "entschieden"));
	}

	@PostMapping("/arbeitsgruppen/{slug}/koordination/{person}")
	Mono<Rendering> makeCoordinator(@PathVariable String slug, @PathVariable("person") String memberId) {
		return this.currentMember.required()
			.flatMap((coordinator) -> this.memberships.makeCoordinator(coordinator, slug, memberId))
			.map((group) -> back(slug, "koordination"));
	}

	@PostMapping("/arbeitsgruppen/{slug}/verlassen")
	Mono<Rendering> leave(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.memberships.leave(member, slug))
			.map((group) -> back(slug, "verlassen"));
	}

	/**
	 * @param kommune slug of the municipality to invite
	 * @param email address of the person to invite
	 */
	record InviteForm(@Nullable String kommune, @Nullable String email) {

	}

	/**
	 * @param nachricht the request's message to the coordinators (optional)
	 */
	record JoinForm(@Nullable String nachricht) {

	}

	private static Rendering back(String slug, String flag) {
		return Rendering.redirectTo(Notices.redirect("/arbeitsgruppen/" + slug, flag)).build();
	}

}
