package de.impulsnetz.talk.summary.web;

import java.time.LocalDateTime;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.summary.EditedSummary;
import de.impulsnetz.talk.summary.NoSummaryYet;
import de.impulsnetz.talk.summary.Summary;
import de.impulsnetz.talk.summary.SummaryConflict;
import de.impulsnetz.talk.summary.SummaryRevision;
import de.impulsnetz.talk.summary.TalkSummaries;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The summary of a talk for its organisers. Works without JavaScript: "Vorschau" sends
 * the form and the page comes back with the text rendered by the server's Markdown
 * pipeline; with JavaScript the preview follows the typing. Who may do this,
 * {@code TalkAccess} decides (through {@link TalkSummaries}).
 */
@Controller
class SummaryController {

	private static final String PATH = "/impulse/{series}/{talk}/zusammenfassung";

	private final TalkSummaries summaries;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	SummaryController(TalkSummaries summaries, CurrentMember currentMember, Markdown markdown) {
		this.summaries = summaries;
		this.currentMember = currentMember;
		this.markdown = markdown;
	}

	@GetMapping(PATH)
	Mono<Rendering> edit(@PathVariable String series, @PathVariable String talk) {
		return editing(series, talk).map((edited) -> editor(edited, SummaryForm.of(edited)).build());
	}

	@PostMapping(PATH)
	Mono<Rendering> save(@PathVariable String series, @PathVariable String talk,
			@Valid @ModelAttribute("form") SummaryForm form, BindingResult errors) {
		return this.currentMember.required()
			.flatMap((member) -> this.summaries.editing(series, talk, member).flatMap((edited) -> {
				if (form.isPreview() || errors.hasErrors()) {
					return Mono
						.just(editor(edited, form).modelAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors)
							.modelAttribute("previewHtml", this.markdown.render(form.body()))
							.status(errors.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
							.build());
				}
				return this.summaries.save(series, talk, member, form.body(), form.basedOn())
					.map((saved) -> Rendering.redirectTo(Notices.redirect(page(edited.talk()), "gespeichert")).build())
					.onErrorResume(SummaryConflict.class, (conflict) -> Mono.just(conflict(edited, form, conflict)));
			}));
	}

	@PostMapping(PATH + "/veroeffentlichen")
	Mono<Rendering> publish(@PathVariable String series, @PathVariable String talk, @ModelAttribute PublishForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.summaries.editing(series, talk, member)
				.flatMap((edited) -> this.summaries.publish(series, talk, member, form.basedOn())
					.map((published) -> Rendering.redirectTo(Notices.redirect(page(edited.talk()), "veroeffentlicht"))
						.build())
					.onErrorResume(SummaryConflict.class,
							(conflict) -> Mono.just(conflict(edited, SummaryForm.of(edited), conflict)))
					.onErrorResume(NoSummaryYet.class,
							(none) -> Mono
								.just(editor(edited, SummaryForm.of(edited)).modelAttribute("nothingToPublish", true)
									.status(HttpStatus.CONFLICT)
									.build()))));
	}

	/**
	 * The live preview: the same pipeline as the talk page, so what organisers see is
	 * what readers will see.
	 */
	@PostMapping(path = PATH + "/vorschau", produces = "text/html")
	@ResponseBody
	Mono<String> preview(@PathVariable String series, @PathVariable String talk, @ModelAttribute PreviewForm form) {
		return editing(series, talk).map((edited) -> this.markdown.render((form.body() != null) ? form.body() : ""));
	}

	@GetMapping(PATH + "/versionen")
	Mono<Rendering> versions(@PathVariable String series, @PathVariable String talk) {
		return editing(series, talk).flatMap((edited) -> this.summaries.revisions(edited.talk())
			.map((revision) -> VersionRow.of(revision, edited.summary()))
			.collectList()
			.map((rows) -> Rendering.view("talk/summary-versions")
				.modelAttribute("talk", TalkRef.of(edited.talk()))
				.modelAttribute("versions", rows)
				.build()));
	}

	@GetMapping(PATH + "/versionen/vergleich")
	Mono<Rendering> compare(@PathVariable String series, @PathVariable String talk, @RequestParam int von,
			@RequestParam int bis) {
		return editing(series, talk).flatMap((edited) -> this.summaries.compare(edited.talk(), von, bis)
			.map((comparison) -> Rendering.view("talk/summary-compare")
				.modelAttribute("talk", TalkRef.of(edited.talk()))
				.modelAttribute("older", VersionRow.of(comparison.older(), edited.summary()))
				.modelAttribute("newer", VersionRow.of(comparison.newer(), edited.summary()))
				.modelAttribute("lines", comparison.lines())
				.build()));
	}

	private Mono<EditedSummary> editing(String series, String talk) {
		return this.currentMember.required().flatMap((member) -> this.summaries.editing(series, talk, member));
	}

	/**
	 * The organiser's text stays in the form, now based on the stored version, so that
	 * saving again replaces it knowingly.
	 */
	private Rendering conflict(EditedSummary edited, SummaryForm form, SummaryConflict conflict) {
		return editor(edited, form.basedOn(conflict.currentVersion())).modelAttribute("conflict", conflict)
			.modelAttribute("previewHtml", this.markdown.render(form.body()))
			.status(HttpStatus.CONFLICT)
			.build();
	}

	private Rendering.Builder<?> editor(EditedSummary edited, SummaryForm form) {
		Summary summary = edited.summary();
		return Rendering.view("talk/summary")
			.modelAttribute("talk", TalkRef.of(edited.talk()))
			.modelAttribute("form", form)
			.modelAttribute("savedVersion", edited.version())
			.modelAttribute("publishedVersion", (summary != null) ? summary.publishedRevision() : null)
			.modelAttribute("publishedAt",
					(summary != null && summary.publishedAt() != null) ? Berlin.local(summary.publishedAt()) : null);
	}

	private static String page(Talk talk) {
		return "/impulse/" + talk.key() + "/zusammenfassung";
	}

	record PreviewForm(@Nullable String body) {

	}

	record PublishForm(@Nullable Integer version) {

		int basedOn() {
			return (this.version != null) ? this.version : 0;
		}

	}

	/**
	 * The talk as these pages name and link it.
	 */
	record TalkRef(String series, String slug, String title) {

		static TalkRef of(Talk talk) {
			return new TalkRef(talk.series(), talk.slug(), talk.title());
		}

		public String href() {
			return "/impulse/" + this.series + "/" + this.slug;
		}

	}

	/**
	 * One saved version in the list, with the one before it to compare with.
	 */
	record VersionRow(int number, LocalDateTime savedAt, String savedByName, @Nullable Integer previous,
			boolean published, boolean pending) {

		static VersionRow of(SummaryRevision revision, @Nullable Summary summary) {
			Integer published = (summary != null) ? summary.publishedRevision() : null;
			return new VersionRow(revision.number(), Berlin.local(revision.savedAt()), revision.savedByName(),
					(revision.number() > 1) ? revision.number() - 1 : null,
					published != null && published == revision.number(), false);
		}

	}

}
