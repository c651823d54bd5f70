package de.impulsnetz.practice.authoring.web;

import de.impulsnetz.practice.web.PracticeWebErrors;
import java.time.LocalDateTime;
import java.util.List;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeDiff;
import de.impulsnetz.practice.PracticeRevision;
import de.impulsnetz.practice.PracticeStatus;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.Pages;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The review workflow (submit, publish, send back with a comment), the list of cases in
 * progress, and the version history with its comparison.
 */
@Controller
class PracticeReviewController {

	private final PracticeAuthoring authoring;

	private final CurrentMember currentMember;

	PracticeReviewController(PracticeAuthoring authoring, CurrentMember currentMember) {
		this.authoring = authoring;
		this.currentMember = currentMember;
	}

	@PostMapping("/praxis/{slug}/einreichen")
	Mono<Rendering> submit(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.submit(slug, member))
			.map((practice) -> Rendering.redirectTo("/praxis/" + slug + "?eingereicht").build())
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	@PostMapping("/praxis/{slug}/veroeffentlichen")
	Mono<Rendering> publish(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.publish(slug, member))
			.map((practice) -> Rendering.redirectTo("/praxis/" + slug + "?veroeffentlicht").build())
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	@PostMapping("/praxis/{slug}/zurueckgeben")
	Mono<Rendering> sendBack(@PathVariable String slug, @ModelAttribute SendBackForm form) {
		String comment = form.comment();
		if (comment == null || comment.isBlank() || comment.length() > 2000) {
			return Mono.just(Rendering.redirectTo("/praxis/" + slug + "?kommentar-fehlt#pruefung").build());
		}
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.sendBack(slug, member, comment))
			.map((practice) -> Rendering.redirectTo("/praxis/" + slug + "?zurueckgegeben").build())
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	/**
	 * Drafts and submitted cases: the member's municipality's, and for editors the review
	 * queue of everything submitted.
	 */
	@GetMapping("/praxis/in-arbeit")
	Mono<Rendering> inProgress() {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.workInProgress(member)
				.collectList()
				.map((practices) -> Rendering.view("practice/in-progress")
					.modelAttribute("submitted", only(practices, PracticeStatus.SUBMITTED))
					.modelAttribute("drafts", only(practices, PracticeStatus.DRAFT))
					.build()));
	}

	@GetMapping("/praxis/{slug}/versionen")
	Mono<Rendering> versions(@PathVariable String slug) {
		return readable(slug).flatMap((practice) -> this.authoring.revisions(practice)
			.map(RevisionRow::of)
			.collectList()
			.map((revisions) -> Rendering.view("practice/versions")
				.modelAttribute("practice", PracticeRef.of(practice))
				.modelAttribute("revisions", revisions)
				.build()));
	}

	/**
	 * Compares two versions; without parameters the latest with the one before.
	 */
	@GetMapping("/praxis/{slug}/versionen/vergleich")
	Mono<Rendering> compare(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer von,
			@RequestParam(required = false) @Nullable Integer bis) {
		return readable(slug).flatMap((practice) -> {
			int newer = (bis != null) ? bis : practice.revision();
			int older = (von != null) ? von : Math.max(1, newer - 1);
			return Mono.zip(revision(practice, older), revision(practice, newer))
				.map((pair) -> Rendering.view("practice/compare")
					.modelAttribute("practice", PracticeRef.of(practice))
					.modelAttribute("older", RevisionRow.of(pair.getT1()))
					.modelAttribute("newer", RevisionRow.of(pair.getT2()))
					.modelAttribute("lines", PracticeDiff.between(pair.getT1().content(), pair.getT2().content()))
					.build());
		});
	}

	/**
	 * A line of the version list, with the time in Berlin.
	 */
	record RevisionRow(int number, LocalDateTime savedAt, String savedByName) {

		static RevisionRow of(PracticeRevision revision) {
			return new RevisionRow(revision.number(), Berlin.local(revision.savedAt()), revision.savedByName());
		}

	}

	private Mono<PracticeRevision> revision(Practice practice, int number) {
		return this.authoring.revision(practice, number).switchIfEmpty(Pages.notFound());
	}

	private Mono<Practice> readable(String slug) {
		return this.currentMember.optional()
			.flatMap((member) -> this.authoring.find(slug, member.orElse(null)))
			.switchIfEmpty(Pages.notFound());
	}

	/**
	 * What the editor asks the authors to change.
	 */
	record SendBackForm(@Nullable String comment) {

	}

	private static List<PracticeRef> only(List<Practice> practices, PracticeStatus status) {
		return practices.stream().filter((practice) -> practice.status() == status).map(PracticeRef::of).toList();
	}

}
