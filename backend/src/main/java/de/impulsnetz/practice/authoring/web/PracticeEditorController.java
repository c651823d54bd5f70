package de.impulsnetz.practice.authoring.web;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.practice.PracticeLimitReached;

import de.impulsnetz.practice.web.PracticeWebErrors;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.media.ImageRejected;
import de.impulsnetz.media.ImageRejected.Reason;
import de.impulsnetz.media.Images;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityKind;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.authoring.PracticeAuthoring;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.authoring.PracticeConflict;
import de.impulsnetz.practice.PracticeRights;
import de.impulsnetz.shared.web.Choice;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Pages;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor for Praxisbeispiele. Works without JavaScript: "Vorschau" sends the form and
 * the page comes back with the text rendered by the server's Markdown pipeline; with
 * JavaScript the preview also follows the typing.
 */
@Controller
class PracticeEditorController {

	private static final List<String> SUGGESTED_TOPICS = List.of("Barrierefreiheit", "Bürgerbeteiligung",
			"Community-Management", "Führung", "Kooperation", "Krisenkommunikation", "Recruiting", "Storytelling",
			"Strategie", "Video");

	private final PracticeAuthoring authoring;

	private final PracticeCatalog catalog;

	private final MunicipalityDirectory directory;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	private final Images images;

	PracticeEditorController(PracticeAuthoring authoring, PracticeCatalog catalog, MunicipalityDirectory directory,
			CurrentMember currentMember, Markdown markdown, Images images) {
		this.images = images;
		this.authoring = authoring;
		this.catalog = catalog;
		this.directory = directory;
		this.currentMember = currentMember;
		this.markdown = markdown;
	}

	@ModelAttribute("maxImageMegabytes")
	int maxImageMegabytes() {
		return Images.MAX_BYTES / 1024 / 1024;
	}

	@ModelAttribute("kinds")
	List<MunicipalityKind> kinds() {
		return Arrays.asList(MunicipalityKind.values());
	}

	/**
	 * Topics offered as checkboxes: the usual ones, those of published cases and those
	 * the form already holds.
	 */
	private Mono<List<Choice>> topicChoices(PracticeForm form) {
		return this.catalog.topics().collect(() -> new TreeSet<>(SUGGESTED_TOPICS), TreeSet::add).map((topics) -> {
			topics.addAll(form.topics());
			return Choice.labelled("topics", topics, Function.identity(), form.topics());
		});
	}

	@GetMapping("/praxis/neu")
	Mono<Rendering> newPractice() {
		return this.currentMember.required()
			.flatMap((member) -> municipalityKind(member)
				.map((kind) -> editor(PracticeForm.blank(member.municipality(), kind), null).build()));
	}

	@PostMapping("/praxis/neu")
	Mono<Rendering> create(@Valid @ModelAttribute("form") PracticeForm form, BindingResult errors) {
		if (form.isImageUpload()) {
			return this.currentMember.required().flatMap((member) -> withImage(form, null, member));
		}
		form.validate(errors);
		if (form.isPreview() || errors.hasErrors()) {
			return Mono.just(againWithPreview(form, errors, null));
		}
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.create(member, form.toContent())
				.flatMap((created) -> form.isSubmit() ? this.authoring.submit(created.slug(), member)
						: Mono.just(created))
				.map((saved) -> savedRedirect(saved, form)))
			.onErrorResume(PracticeLimitReached.class,
					(reached) -> Mono.just(editor(form, null).modelAttribute("limitReached", reached.reason())
						.modelAttribute("previewHtml", this.markdown.render(form.body()))
						.status(HttpStatus.TOO_MANY_REQUESTS)
						.build()))
			.onErrorMap(PracticeWebErrors::toStatus);
	}

	@GetMapping("/praxis/{slug}/bearbeiten")
	Mono<Rendering> edit(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> editable(slug, member))
			.map((practice) -> editor(PracticeForm.of(practice), practice).build());
	}

	@PostMapping("/praxis/{slug}/bearbeiten")
	Mono<Rendering> update(@PathVariable String slug, @Valid @ModelAttribute("form") PracticeForm form,
			BindingResult errors) {
		return this.currentMember.required().flatMap((member) -> editable(slug, member).flatMap((practice) -> {
			if (form.isImageUpload()) {
				return withImage(form, practice, member);
			}
			form.validate(errors);
			if (form.isPreview() || errors.hasErrors()) {
				return Mono.just(againWithPreview(form, errors, practice));
			}
			long basedOn = (form.version() != null) ? form.version() : -1;
			return this.authoring.update(slug, member, form.toContent(), basedOn)
				.flatMap((saved) -> form.isSubmit() ? this.authoring.submit(slug, member) : Mono.just(saved))
				.map((saved) -> savedRedirect(saved, form))
				.onErrorResume(PracticeConflict.class,
						(conflict) -> Mono.just(editor(form, conflict.current())
							.modelAttribute("conflict", ConflictView.of(conflict.current()))
							.modelAttribute("previewHtml", this.markdown.render(form.body()))
							.status(HttpStatus.CONFLICT)
							.build()));
		})).onErrorMap(PracticeWebErrors::toStatus);
	}

	/**
	 * The live preview: the same pipeline as the published page, so what the author sees
	 * is what readers will see.
	 */
	@PostMapping(path = "/praxis/vorschau", produces = "text/html")
	@ResponseBody
	Mono<String> preview(@ModelAttribute PreviewForm form) {
		return this.currentMember.required()
			.map((member) -> this.markdown.render((form.body() != null) ? form.body() : ""));
	}

	record PreviewForm(@Nullable String body) {

	}

	/**
	 * Stores the chosen image and puts it at the end of the text; the page comes back
	 * with the preview showing it. Only the upload is checked here: a half-written case
	 * is no error yet.
	 */
	private Mono<Rendering> withImage(PracticeForm form, @Nullable Practice practice, Member member) {
		BindingResult uploadErrors = new BeanPropertyBindingResult(form, "form");
		if (!form.hasImage()) {
			uploadErrors.rejectValue("image", new ImageRejected(Reason.EMPTY).messageKey());
			return Mono.just(againWithPreview(form, uploadErrors, practice));
		}
		return this.images.store(form.image().content(), form.imageAlt(), member).map((stored) -> {
			PracticeForm added = form.withImage(stored.markdown());
			return editor(added, practice)
				.modelAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(added, "form"))
				.modelAttribute("previewHtml", this.markdown.render(added.body()))
				.modelAttribute("imageAdded", stored)
				.build();
		}).onErrorResume(ImageRejected.class, (rejected) -> {
			boolean altText = rejected.reason() == Reason.NO_ALT || rejected.reason() == Reason.ALT_TOO_LONG;
			uploadErrors.rejectValue(altText ? "imageAlt" : "image", rejected.messageKey());
			return Mono.just(againWithPreview(form, uploadErrors, practice));
		});
	}

	private Rendering againWithPreview(PracticeForm form, BindingResult errors, @Nullable Practice practice) {
		return editor(form, practice).modelAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors)
			.modelAttribute("previewHtml", this.markdown.render(form.body()))
			.status(errors.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.build();
	}

	private Rendering.Builder<?> editor(PracticeForm form, @Nullable Practice practice) {
		Mono<List<Choice>> municipalities = this.directory.all()
			.sort(Comparator.comparing(Municipality::name))
			.collectMap(Municipality::slug, Municipality::name, LinkedHashMap::new)
			.map((names) -> Choice.labelled("municipalities", names.keySet(), names::get, form.municipalities()));
		Rendering.Builder<?> page = Rendering.view("practice/editor")
			.modelAttribute("form", form)
			.modelAttribute("municipalityChoices", municipalities)
			.modelAttribute("channelChoices",
					Choice.translated("channels", Arrays.asList(Platform.values()), Labels::key, form.channels()))
			.modelAttribute("topicChoices", topicChoices(form));
		if (practice != null) {
			page.modelAttribute("practice", PracticeRef.of(practice));
		}
		return page;
	}

	private static Rendering savedRedirect(Practice saved, PracticeForm form) {
		String flag = form.isSubmit() ? "eingereicht" : saved.hasChangeInReview() ? "zur-pruefung" : "gespeichert";
		return Rendering.redirectTo(Notices.redirect("/praxis/" + saved.slug(), flag)).build();
	}

	private Mono<Practice> editable(String slug, Member member) {
		return this.authoring.find(slug, member)
			.switchIfEmpty(Pages.notFound())
			.filter((practice) -> PracticeRights.of(member, practice).edit())
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)));
	}

	private Mono<MunicipalityKind> municipalityKind(Member member) {
		return Mono.justOrEmpty(member.municipality())
			.flatMap(this.directory::bySlug)
			.map(Municipality::kind)
			.defaultIfEmpty(MunicipalityKind.KREIS);
	}

}
