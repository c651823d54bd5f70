package de.impulsnetz.talk.captions.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.captions.CaptionTrack;
import de.impulsnetz.talk.captions.CaptionsInvalid;
import de.impulsnetz.talk.captions.Chapter;
import de.impulsnetz.talk.captions.ChaptersInvalid;
import de.impulsnetz.talk.captions.SlidesRejected;
import de.impulsnetz.talk.captions.TalkCaptions;
import de.impulsnetz.talk.captions.TalkChapters;
import de.impulsnetz.talk.captions.TalkSlides;
import de.impulsnetz.talk.captions.web.CaptionsForms.CaptionsForm;
import de.impulsnetz.talk.captions.web.CaptionsForms.ChapterRow;
import de.impulsnetz.talk.captions.web.CaptionsForms.ChapterRowsForm;
import de.impulsnetz.talk.captions.web.CaptionsForms.ChapterTextForm;
import de.impulsnetz.talk.captions.web.CaptionsForms.SlidesForm;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The organisers' page for a talk's captions (per language, with delete), its chapters
 * (pasted as text or edited as rows) and its slides. Plain forms: an error comes back
 * next to its field with everything that was typed.
 */
@Controller
class CaptionsController {

	private static final String PAGE = "talk/captions/edit";

	private static final Set<String> NOTICES = Set.of("untertitel", "kapitel", "folien");

	private final TalkAccess access;

	private final CurrentMember currentMember;

	private final TalkCaptions captions;

	private final TalkChapters chapters;

	private final TalkSlides slides;

	/** What the form can upload: the slides' limit, unless a multipart limit is lower. */
	private final long formSlidesMegabytes;

	CaptionsController(TalkAccess access, CurrentMember currentMember, TalkCaptions captions, TalkChapters chapters,
			TalkSlides slides, @Value("${spring.webflux.multipart.max-disk-usage-per-part}") DataSize maxPart,
			@Value("${impulsnetz.multipart.max-request-size}") DataSize maxRequest) {
		this.formSlidesMegabytes = Math.min(slides.maxBytes(), Math.min(maxPart.toBytes(), maxRequest.toBytes())) / 1024
				/ 1024;
		this.access = access;
		this.currentMember = currentMember;
		this.captions = captions;
		this.chapters = chapters;
		this.slides = slides;
	}

	@GetMapping("/impulse/{series}/{talk}/untertitel")
	Mono<Rendering> page(@PathVariable String series, @PathVariable String talk,
			@RequestParam(name = "gespeichert", required = false) @Nullable String saved,
			@RequestParam(name = "geloescht", required = false) @Nullable String deleted) {
		return editable(series, talk).flatMap((found) -> this.chapters.chapters(found)
			.flatMap((list) -> page(found,
					new Forms(CaptionsForm.blank(), ChapterTextForm.of(list), ChapterRowsForm.of(list),
							new SlidesForm(null)),
					null)
				.map((page) -> page.modelAttribute("notice", notice(saved, deleted)).build())));
	}

	/** The message for what the last form did, as its redirect said. */
	private static @Nullable String notice(@Nullable String saved, @Nullable String deleted) {
		if (saved != null && NOTICES.contains(saved)) {
			return "talk.captions.saved." + saved;
		}
		if (deleted != null && NOTICES.contains(deleted)) {
			return "talk.captions.deleted." + deleted;
		}
		return null;
	}

	@PostMapping("/impulse/{series}/{talk}/untertitel")
	Mono<Rendering> upload(@PathVariable String series, @PathVariable String talk,
			@ModelAttribute("captionsForm") CaptionsForm form) {
		return editable(series, talk).flatMap((found) -> {
			BindingResult errors = new BeanPropertyBindingResult(form, "captionsForm");
			if (form.captionFile() == null || form.captionFile().filename().isBlank()) {
				errors.rejectValue("captionFile", "talk.captions.invalid.file");
				return again(found, Forms.with(form), errors);
			}
			return this.captions
				.store(found, (form.language() != null) ? form.language() : "", form.captionFile().content())
				.map((stored) -> saved(found, "untertitel", stored.language()))
				.onErrorResume(CaptionsInvalid.class, (invalid) -> {
					reject(errors, (invalid.line() == 0 && invalid.messageKey().endsWith(".language")) ? "language"
							: "captionFile", invalid);
					return again(found, Forms.with(form), errors);
				});
		});
	}

	@PostMapping("/impulse/{series}/{talk}/untertitel/{language}/loeschen")
	Mono<Rendering> deleteCaptions(@PathVariable String series, @PathVariable String talk,
			@PathVariable String language) {
		return editable(series, talk)
			.flatMap((found) -> this.captions.delete(found, language).thenReturn(deleted(found, "untertitel")));
	}

	@PostMapping("/impulse/{series}/{talk}/kapitel/text")
	Mono<Rendering> chaptersFromText(@PathVariable String series, @PathVariable String talk,
			@ModelAttribute("chapterTextForm") ChapterTextForm form) {
		return editable(series, talk).flatMap((found) -> {
			String text = (form.chapterText() != null) ? form.chapterText() : "";
			return this.chapters.saveText(found, text)
				.map((saved) -> saved(found, "kapitel", null))
				.onErrorResume(ChaptersInvalid.class, (invalid) -> {
					BindingResult errors = new BeanPropertyBindingResult(form, "chapterTextForm");
					invalid.errors()
						.forEach((error) -> errors.rejectValue("chapterText", "talk.captions.line",
								new Object[] { error.position(), message(error.messageKey(), error.arguments()) },
								null));
					return again(found, Forms.with(form), errors);
				});
		});
	}

	@PostMapping("/impulse/{series}/{talk}/kapitel")
	Mono<Rendering> chaptersFromRows(@PathVariable String series, @PathVariable String talk,
			@ModelAttribute("chapterRowsForm") ChapterRowsForm form) {
		return editable(series, talk).flatMap((found) -> this.chapters.saveRows(found, form.toRows())
			.map((saved) -> saved(found, "kapitel", null))
			.onErrorResume(ChaptersInvalid.class, (invalid) -> {
				ChapterRowsForm submitted = asSubmitted(form);
				BindingResult errors = new BeanPropertyBindingResult(submitted, "chapterRowsForm");
				invalid.errors()
					.forEach((error) -> errors.rejectValue("rows[" + error.position() + "]." + error.field(),
							error.messageKey(), error.arguments().toArray(), null));
				return again(found, Forms.with(submitted), errors);
			}));
	}

	@PostMapping("/impulse/{series}/{talk}/folien")
	Mono<Rendering> uploadSlides(@PathVariable String series, @PathVariable String talk,
			@ModelAttribute("slidesForm") SlidesForm form) {
		return editable(series, talk).flatMap((found) -> {
			BindingResult errors = new BeanPropertyBindingResult(form, "slidesForm");
			if (form.slidesFile() == null || form.slidesFile().filename().isBlank()) {
				errors.rejectValue("slidesFile", "talk.captions.slides.rejected.empty");
				return again(found, Forms.with(form), errors);
			}
			return this.slides.store(found, form.slidesFile().content())
				.map((stored) -> saved(found, "folien", null))
				.onErrorResume(SlidesRejected.class, (rejected) -> {
					errors.rejectValue("slidesFile", rejected.messageKey(), new Object[] { rejected.limitMegabytes() },
							null);
					return again(found, Forms.with(form), errors);
				});
		});
	}

	@PostMapping("/impulse/{series}/{talk}/folien/loeschen")
	Mono<Rendering> deleteSlides(@PathVariable String series, @PathVariable String talk) {
		return editable(series, talk)
			.flatMap((found) -> this.slides.delete(found).thenReturn(deleted(found, "folien")));
	}

	private Mono<Talk> editable(String series, String talk) {
		return this.currentMember.required().flatMap((member) -> this.access.forEditing(series, talk, member));
	}

	private Mono<Rendering.Builder<?>> page(Talk talk, Forms forms, @Nullable BindingResult errors) {
		Rendering.Builder<?> page = Rendering.view(PAGE)
			.modelAttribute("talk", talk)
			.modelAttribute("base", "/impulse/" + talk.series() + "/" + talk.slug())
			.modelAttribute("tracks", this.captions.all(talk).map(TrackRow::of).collectList())
			.modelAttribute("slides", this.slides.deck(talk).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.modelAttribute("hasChapters", this.chapters.chapters(talk).map((list) -> !list.isEmpty()))
			.modelAttribute("maxSlidesMegabytes", this.formSlidesMegabytes)
			.modelAttribute("captionsForm", forms.captions())
			.modelAttribute("chapterTextForm", forms.text())
			.modelAttribute("chapterRowsForm", forms.rows())
			.modelAttribute("slidesForm", forms.slides());
		if (errors != null) {
			page.modelAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors)
				.status(HttpStatus.BAD_REQUEST);
		}
		return Mono.just(page);
	}

	/**
	 * The page again with the errors of the form that was sent; the other forms show what
	 * is stored.
	 */
	private Mono<Rendering> again(Talk talk, Forms sent, BindingResult errors) {
		return this.chapters.chapters(talk)
			.map((list) -> sent.orStored(list))
			.flatMap((forms) -> page(talk, forms, errors))
			.map(Rendering.Builder::build);
	}

	private static ChapterRowsForm asSubmitted(ChapterRowsForm form) {
		List<ChapterRow> rows = new ArrayList<>();
		if (form.rows() != null) {
			form.rows().forEach((row) -> rows.add((row != null) ? row : new ChapterRow("", "")));
		}
		return new ChapterRowsForm(rows);
	}

	private static void reject(BindingResult errors, String field, CaptionsInvalid invalid) {
		if (invalid.line() > 0) {
			errors.rejectValue(field, "talk.captions.line",
					new Object[] { invalid.line(), message(invalid.messageKey(), invalid.arguments()) }, null);
		}
		else {
			errors.rejectValue(field, invalid.messageKey(), invalid.arguments().toArray(), null);
		}
	}

	/**
	 * A message inside another ("Zeile 6: …"), resolved when the outer one is.
	 */
	private static Object message(String key, List<Object> arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments.toArray());
	}

	private static Rendering saved(Talk talk, String what, @Nullable String language) {
		return Rendering
			.redirectTo("/impulse/" + talk.series() + "/" + talk.slug() + "/untertitel?gespeichert=" + what
					+ ((language != null) ? "&sprache=" + language : "") + "#" + what)
			.build();
	}

	private static Rendering deleted(Talk talk, String what) {
		return Rendering
			.redirectTo("/impulse/" + talk.series() + "/" + talk.slug() + "/untertitel?geloescht=" + what + "#" + what)
			.build();
	}

	/**
	 * A row of the table of captions.
	 */
	record TrackRow(String language, String label, int cueCount, LocalDateTime updatedAt) {

		static TrackRow of(CaptionTrack track) {
			return new TrackRow(track.language(), track.label(), track.cueCount(), Berlin.local(track.updatedAt()));
		}

	}

	/**
	 * The four forms of the page; {@code null} where the stored state is to be shown.
	 */
	private record Forms(@Nullable CaptionsForm captions, @Nullable ChapterTextForm text,
			@Nullable ChapterRowsForm rows, @Nullable SlidesForm slides) {

		static Forms with(CaptionsForm form) {
			return new Forms(form, null, null, null);
		}

		static Forms with(ChapterTextForm form) {
			return new Forms(null, form, null, null);
		}

		static Forms with(ChapterRowsForm form) {
			return new Forms(null, null, form, null);
		}

		static Forms with(SlidesForm form) {
			return new Forms(null, null, null, form);
		}

		Forms orStored(List<Chapter> chapters) {
			return new Forms((this.captions != null) ? this.captions : CaptionsForm.blank(),
					(this.text != null) ? this.text : ChapterTextForm.of(chapters),
					(this.rows != null) ? this.rows : ChapterRowsForm.of(chapters),
					(this.slides != null) ? this.slides : new SlidesForm(null));
		}

	}

}
