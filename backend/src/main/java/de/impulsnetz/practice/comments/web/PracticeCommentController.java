package de.impulsnetz.practice.comments.web;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.practice.web.PracticeWebErrors;
import de.impulsnetz.practice.web.Toggle;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.practice.comments.PracticeComments;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Moderation of the questions under a case: members report, editors hide. Writing is on
 * the case page ({@link PracticeController}).
 */
@Controller
class PracticeCommentController {

	private final PracticeComments comments;

	private final CurrentMember currentMember;

	PracticeCommentController(PracticeComments comments, CurrentMember currentMember) {
		this.comments = comments;
		this.currentMember = currentMember;
	}

	@PostMapping("/praxis/{slug}/fragen/{id}/melden")
	Mono<Rendering> report(@PathVariable String slug, @PathVariable String id) {
		return this.currentMember.required()
			.flatMap((member) -> this.comments.report(id, member))
			.thenReturn(Rendering.redirectTo(Notices.redirect("/praxis/" + slug, "gemeldet")).build());
	}

	@PostMapping("/praxis/{slug}/fragen/{id}/ausblenden")
	Mono<Rendering> hide(@PathVariable String slug, @PathVariable String id, @ModelAttribute Toggle form) {
		return this.currentMember.required()
			.flatMap((member) -> this.comments.hide(id, member, form.on()))
			.thenReturn(Rendering
				.redirectTo(Notices.redirect("/praxis/" + slug, form.on() ? "ausgeblendet" : "eingeblendet"))
				.build())
			.onErrorMap(PracticeWebErrors::toStatus);
	}

}
