package de.impulsnetz.practice.feedback.web;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.practice.web.PracticeWebErrors;
import de.impulsnetz.practice.web.Toggle;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.practice.feedback.PracticeFeedback;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * "Hilfreich" and "Übernommen" buttons of the case page: small forms, back to the same
 * place on the page.
 */
@Controller
class PracticeFeedbackController {

	private final PracticeFeedback feedback;

	private final CurrentMember currentMember;

	PracticeFeedbackController(PracticeFeedback feedback, CurrentMember currentMember) {
		this.feedback = feedback;
		this.currentMember = currentMember;
	}

	@PostMapping("/praxis/{slug}/hilfreich")
	Mono<Rendering> helpful(@PathVariable String slug, @ModelAttribute Toggle form) {
		return this.currentMember.required()
			.flatMap((member) -> this.feedback.helpful(slug, member, form.on()))
			.then(Mono.just(back(slug, form.on() ? "hilfreich" : "nicht-hilfreich")))
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	@PostMapping("/praxis/{slug}/uebernommen")
	Mono<Rendering> adopted(@PathVariable String slug, @ModelAttribute Toggle form) {
		return this.currentMember.required()
			.flatMap((member) -> this.feedback.adopted(slug, member, form.on()))
			.then(Mono.just(back(slug, form.on() ? "uebernommen" : "nicht-uebernommen")))
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	private static Rendering back(String slug, String flag) {
		return Rendering.redirectTo(Notices.redirect("/praxis/" + slug, flag)).build();
	}

}
