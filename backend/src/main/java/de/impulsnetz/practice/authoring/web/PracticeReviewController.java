package de.impulsnetz.practice.authoring.web;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.practice.web.PracticeWebErrors;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.authoring.ChangedSinceReview;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.authoring.PracticeDiff;
import de.impulsnetz.practice.PracticeRevision;
import de.impulsnetz.practice.PracticeRights;
import de.impulsnetz.practice.PracticeStatus;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.web.Pages;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

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
			.map((practice) -> Rendering.redirectTo(Notices.redirect("/praxis/" + slug, "eingereicht")).build())
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	/**
	 * Asks before publishing: the case page's button leads here (a plain GET, so it works
	 * without JavaScript), and only this page's form publishes.
	 */
	@GetMapping("/praxis/{slug}/veroeffentlichen")
	Mono<Rendering> confirmPublish(@PathVariable String slug,
			@RequestParam(required = false) @Nullable Integer revision) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.find(slug, member)
				.switchIfEmpty(Pages.notFound())
				.filter((practice) -> PracticeRights.of(member, practice).publish())
				.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN))))
			.map((practice) -> Rendering.view("practice/publish-confirm")
				.modelAttribute("practice", PracticeRef.of(practice))
				.modelAttribute("revision", (revision != null) ? revision : practice.revisionInReview())
				.modelAttribute("change", practice.hasChangeInReview())
				.build());
	}

	/**
	 * Publishes the revision the editor reviewed (the form carries its number). When the
	 * authors saved again in between, the case page comes back saying so.
	 */
	@PostMapping("/praxis/{slug}/veroeffentlichen")
	Mono<Rendering> publish(@PathVariable String slug, @ModelAttribute PublishForm form) {
		if (form.revision() == null) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.publish(slug, member, form.revision()))
			.map((practice) -> Rendering.redirectTo(Notices.redirect("/praxis/" + slug, "veroeffentlicht")).build())
			.onErrorResume(ChangedSinceReview.class,
					(changed) -> Mono
						.just(Rendering.redirectTo("/praxis/" + slug + "?neuere-fassung#pruefung").build()))
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	/**
	 * @param revision the revision the editor reviewed
	 */
	record PublishForm(@Nullable Integer revision) {

	}

	/**
	 * The authors withdraw the change to their published case, or an editor discards it.
	 */
	@PostMapping("/praxis/{slug}/aenderung-verwerfen")
	Mono<Rendering> discardChange(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.discardChange(slug, member))
			.map((practice) -> Rendering.redirectTo(Notices.redirect("/praxis/" + slug, "verworfen")).build())
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	/**
	 * Sends a submitted case back to Entwurf, or a change to a published case back to its
	 * authors, with what should change.
	 */
	@PostMapping("/praxis/{slug}/zurueckgeben")
	Mono<Rendering> sendBack(@PathVariable String slug, @ModelAttribute SendBackForm form) {
		String comment = form.comment();
		if (comment == null || comment.isBlank() || comment.length() > 2000) {
			return Mono.just(Rendering.redirectTo("/praxis/" + slug + "?kommentar-fehlt#pruefung").build());
		}
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.sendBack(slug, member, comment))
			.map((practice) -> Rendering.redirectTo(Notices.redirect("/praxis/" + slug,
					practice.hasReturnedChange() ? "aenderung-zurueckgegeben" : "zurueckgegeben"))
				.build())
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	/**
	 * Drafts, submitted cases and changes to published cases in review: the member's
	 * municipality's, and for editors the review queue of everything.
	 */
	@GetMapping("/praxis/in-arbeit")
	Mono<Rendering> inProgress() {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.workInProgress(member)
				.collectList()
				.map((practices) -> Rendering.view("practice/in-progress")
					.modelAttribute("submitted", only(practices, PracticeStatus.SUBMITTED))
					.modelAttribute("changes",
							practices.stream().filter(Practice::hasChangeInReview).map(PracticeRef::of).toList())
					.modelAttribute("drafts", practices.stream()
						.filter((practice) -> practice.status() == PracticeStatus.DRAFT || practice.hasReturnedChange())
						.map(PracticeRef::of)
						.toList())
					.build()));
	}

	/**
	 * The version history: every saved version with who saved it for the authoring
	 * municipalities and the editors; only published versions, without names, for
	 * everyone else.
	 */
	@GetMapping("/praxis/{slug}/versionen")
	Mono<Rendering> versions(@PathVariable String slug) {
		return readable(slug).flatMap((found) -> {
			Practice practice = found.practice();
			boolean insider = PracticeRights.of(found.member(), practice).insider();
			return this.authoring.revisions(practice, found.member())
				.collectList()
				.map((revisions) -> Rendering.view("practice/versions")
					.modelAttribute("practice", PracticeRef.of(practice))
					.modelAttribute("insider", insider)
					.modelAttribute("revisions", RevisionRow.list(revisions, practice, insider))
					.build());
		});
	}

	/**
	 * Compares two versions; without parameters the newest the member may see with the
	 * one before it.
	 */
	@GetMapping("/praxis/{slug}/versionen/vergleich")
	Mono<Rendering> compare(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer von,
			@RequestParam(required = false) @Nullable Integer bis) {
		return readable(slug).flatMap((found) -> {
			Practice practice = found.practice();
			Member member = found.member();
			boolean insider = PracticeRights.of(member, practice).insider();
			Mono<List<Integer>> visible = this.authoring.revisions(practice, member)
				.map(PracticeRevision::number)
				.collectList();
			return visible.flatMap((numbers) -> {
				int newer = (bis != null) ? bis : numbers.isEmpty() ? practice.revision() : numbers.get(0);
				int older = (von != null) ? von
						: numbers.stream().filter((number) -> number < newer).findFirst().orElse(newer);
				return Mono.zip(revision(practice, older, member), revision(practice, newer, member));
			})
				.map((pair) -> Rendering.view("practice/compare")
					.modelAttribute("practice", PracticeRef.of(practice))
					.modelAttribute("insider", insider)
					.modelAttribute("older", RevisionRow.of(pair.getT1(), practice, insider, null))
					.modelAttribute("newer", RevisionRow.of(pair.getT2(), practice, insider, null))
					.modelAttribute("lines", PracticeDiff.between(pair.getT1().content(), pair.getT2().content()))
					.build());
		});
	}

	/**
	 * A line of the version list, with the time in Berlin.
	 *
	 * @param savedByName {@code null} for readers outside the authoring municipalities
	 * and the editors
	 * @param previous the version before it that the member may see, to compare with
	 * @param published whether this version was published
	 * @param pending whether this version is the change waiting for review
	 */
	record RevisionRow(int number, LocalDateTime savedAt, @Nullable String savedByName, @Nullable Integer previous,
			boolean published, boolean pending) {

		static RevisionRow of(PracticeRevision revision, Practice practice, boolean insider,
				@Nullable Integer previous) {
			return new RevisionRow(revision.number(), Berlin.local(revision.savedAt()),
					insider ? revision.savedByName() : null, previous,
					practice.publishedRevisions().contains(revision.number()),
					practice.pending() != null && practice.pending().revision() == revision.number());
		}

		/**
		 * Rows for versions newest first, each to be compared with the next older one.
		 */
		static List<RevisionRow> list(List<PracticeRevision> newestFirst, Practice practice, boolean insider) {
			List<RevisionRow> rows = new ArrayList<>();
			for (int i = 0; i < newestFirst.size(); i++) {
				Integer previous = (i + 1 < newestFirst.size()) ? newestFirst.get(i + 1).number() : null;
				rows.add(of(newestFirst.get(i), practice, insider, previous));
			}
			return rows;
		}

	}

	private Mono<PracticeRevision> revision(Practice practice, int number, @Nullable Member member) {
		return this.authoring.revision(practice, number, member).switchIfEmpty(Pages.notFound());
	}

	private Mono<Readable> readable(String slug) {
		return this.currentMember.optional()
			.flatMap((member) -> this.authoring.find(slug, member.orElse(null))
				.map((practice) -> new Readable(practice, member.orElse(null))))
			.switchIfEmpty(Pages.notFound());
	}

	/**
	 * A practice and who reads it ({@code null} when nobody is logged in).
	 */
	private record Readable(Practice practice, @Nullable Member member) {

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
