package de.impulsnetz.municipality.channel.web;

import java.util.Arrays;
import java.util.List;

import de.impulsnetz.municipality.Platform;
import de.impulsnetz.municipality.channel.ChannelConflict;
import de.impulsnetz.municipality.channel.ChannelEditor;
import de.impulsnetz.municipality.channel.ChannelEditors;
import de.impulsnetz.municipality.channel.ChannelKeeping;
import de.impulsnetz.municipality.channel.ChannelProblem;
import de.impulsnetz.municipality.channel.ChannelStatus;
import de.impulsnetz.municipality.channel.InvalidChannels;
import de.impulsnetz.municipality.channel.KeptChannels;
import de.impulsnetz.shared.web.Notices;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * Members of a municipality (and admins) keep its channels in a form. Who may, what a
 * channel must be and when a save comes too late, {@link ChannelKeeping} decides; a
 * refused save shows the form again with everything typed kept.
 */
@Controller
class ChannelEditorController {

	static final String PATH = "/kommunen/{slug}/kanaele/bearbeiten";

	private final ChannelKeeping keeping;

	private final ChannelEditors editors;

	ChannelEditorController(ChannelKeeping keeping, ChannelEditors editors) {
		this.keeping = keeping;
		this.editors = editors;
	}

	@ModelAttribute("platforms")
	List<Platform> platforms() {
		return Arrays.asList(Platform.values());
	}

	@ModelAttribute("statuses")
	List<ChannelStatus> statuses() {
		return Arrays.asList(ChannelStatus.values());
	}

	@GetMapping(PATH)
	Mono<Rendering> edit(@PathVariable String slug) {
		return editor().flatMap((editor) -> this.keeping.editing(slug, editor))
			.map((kept) -> page(kept, ChannelForm.of(kept)).build());
	}

	@PostMapping(PATH)
	Mono<Rendering> save(@PathVariable String slug, @ModelAttribute("form") ChannelForm form, BindingResult errors) {
		return editor().flatMap((editor) -> this.keeping.editing(slug, editor).flatMap((kept) -> {
			if (errors.hasErrors()) {
				return Mono.just(refused(kept, form, errors, HttpStatus.BAD_REQUEST));
			}
			List<ChannelForm.Indexed> rows = form.toChannels();
			return this.keeping
				.save(slug, editor, rows.stream().map(ChannelForm.Indexed::channel).toList(), form.basedOn())
				.map((saved) -> Rendering.redirectTo(Notices.redirect("/kommunen/" + slug, "kanaele-gespeichert"))
					.build())
				.onErrorResume(InvalidChannels.class, (invalid) -> {
					invalid.problems().forEach((problem) -> reject(errors, rows, problem));
					return Mono.just(refused(kept, form, errors, HttpStatus.BAD_REQUEST));
				})
				.onErrorResume(ChannelConflict.class,
						(conflict) -> Mono.just(
								page(kept, form.basedOn(conflict.currentVersion())).modelAttribute("conflict", conflict)
									.status(HttpStatus.CONFLICT)
									.build()));
		}));
	}

	private static void reject(BindingResult errors, List<ChannelForm.Indexed> rows, ChannelProblem problem) {
		if (problem.index() < 0 || problem.index() >= rows.size()) {
			errors.reject(problem.messageKey());
		}
		else {
			errors.rejectValue("channels[" + rows.get(problem.index()).row() + "]." + problem.field(),
					problem.messageKey());
		}
	}

	private Mono<ChannelEditor> editor() {
		return this.editors.current().switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
	}

	private static Rendering refused(KeptChannels kept, ChannelForm form, BindingResult errors, HttpStatus status) {
		return page(kept, form).modelAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors).status(status).build();
	}

	private static Rendering.Builder<?> page(KeptChannels kept, ChannelForm form) {
		return Rendering.view("municipality/channels-edit")
			.modelAttribute("municipality", new MunicipalityRef(kept.municipality().slug(), kept.municipality().name()))
			.modelAttribute("form", form);
	}

	record MunicipalityRef(String slug, String name) {

	}

}
