package de.impulsnetz.practice.authoring.web;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.practice.PracticeRights;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How many cases wait for review, for the editors' link in the page header. Readers and
 * members cost no query (the member comes from the session); for editors it is one count
 * and the few pending changes, and only when a page is rendered (the layout resolves it).
 */
@ControllerAdvice
class ReviewQueueAdvice {

	private final CurrentMember currentMember;

	private final PracticeAuthoring authoring;

	ReviewQueueAdvice(CurrentMember currentMember, PracticeAuthoring authoring) {
		this.currentMember = currentMember;
		this.authoring = authoring;
	}

	@ModelAttribute("reviewWaiting")
	Mono<Long> reviewWaiting() {
		return this.currentMember.get()
			.filter(PracticeRights::isReviewer)
			.flatMap((editor) -> this.authoring.waitingForReview());
	}

}
