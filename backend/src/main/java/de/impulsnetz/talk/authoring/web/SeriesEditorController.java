package de.impulsnetz.talk.authoring.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.web.Choice;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkDenied;
import de.impulsnetz.talk.TalkRights;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.authoring.TalkAuthoring;
import de.impulsnetz.talk.authoring.TalkConflict;
import de.impulsnetz.talk.authoring.TalkInvalid;
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
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Starting and editing a series: title, organising and co-organising municipalities,
 * description.
 */
@Controller
class SeriesEditorController {

	private final TalkAuthoring authoring;

	private final TalkAccess access;

	private final MunicipalityDirectory directory;

	private final CurrentMember currentMember;

	SeriesEditorController(TalkAuthoring authoring, TalkAccess access, MunicipalityDirectory directory,
			CurrentMember currentMember) {
		this.authoring = authoring;
		this.access = access;
		this.directory = directory;
		this.currentMember = currentMember;
	}

	@GetMapping("/impulse/neu")
	Mono<Rendering> newSeries() {
		return this.currentMember.required().map((member) -> {
			if (!TalkRights.mayStartSeries(member)) {
				throw new TalkDenied("talk.authoring.denied.ownMunicipality");
			}
			return editor(SeriesForm.blank(member.municipality()), null).build();
		});
	}

	@PostMapping("/impulse/neu")
	Mono<Rendering> create(@Valid @ModelAttribute("form") SeriesForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return Mono.just(again(form, errors, null));
		}
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.createSeries(member, form.toContent()))
			.map((created) -> Rendering.redirectTo(Notices.redirect("/impulse/" + created.slug(), "gespeichert"))
				.build())
			.onErrorResume(TalkInvalid.class, (invalid) -> Mono.just(rejected(form, errors, invalid, null)));
	}

	@GetMapping("/impulse/{series}/bearbeiten")
	Mono<Rendering> edit(@PathVariable String series) {
		return this.currentMember.required()
			.flatMap((member) -> this.access.seriesForEditing(series, member))
			.map((found) -> editor(SeriesForm.of(found), found).build());
	}

	@PostMapping("/impulse/{series}/bearbeiten")
	Mono<Rendering> update(@PathVariable String series, @Valid @ModelAttribute("form") SeriesForm form,
			BindingResult errors) {
		return this.currentMember.required()
			.flatMap((member) -> this.access.seriesForEditing(series, member).flatMap((found) -> {
				if (errors.hasErrors()) {
					return Mono.just(again(form, errors, found));
				}
				long basedOn = (form.version() != null) ? form.version() : -1;
				return this.authoring.updateSeries(series, member, form.toContent(), basedOn)
					.map((saved) -> Rendering.redirectTo(Notices.redirect("/impulse/" + series, "gespeichert")).build())
					.onErrorResume(TalkInvalid.class, (invalid) -> Mono.just(rejected(form, errors, invalid, found)))
					.onErrorResume(TalkConflict.class,
							(conflict) -> Mono.just(editor(form, found)
								.modelAttribute("conflictVersion",
										(conflict.currentVersion() != null) ? conflict.currentVersion() : -1L)
								.status(HttpStatus.CONFLICT)
								.build()));
			}));
	}

	private Rendering rejected(SeriesForm form, BindingResult errors, TalkInvalid invalid,
			@Nullable TalkSeries series) {
		errors.rejectValue("organiser", invalid.messageKey(), invalid.arguments(), null);
		return again(form, errors, series);
	}

	private Rendering again(SeriesForm form, BindingResult errors, @Nullable TalkSeries series) {
		return editor(form, series).modelAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors)
			.status(HttpStatus.BAD_REQUEST)
			.build();
	}

	private Rendering.Builder<?> editor(SeriesForm form, @Nullable TalkSeries series) {
		Mono<Map<String, String>> names = this.directory.all()
			.sort(Comparator.comparing(Municipality::name))
			.collectMap(Municipality::slug, Municipality::name, LinkedHashMap::new);
		Mono<List<Choice>> coOrganisers = names
			.map((all) -> Choice.labelled("coOrganisers", all.keySet(), all::get, form.coOrganisers()));
		Rendering.Builder<?> page = Rendering.view("talk/series-editor")
			.modelAttribute("form", form)
			.modelAttribute("municipalities", names)
			.modelAttribute("coOrganiserChoices", coOrganisers);
		if (series != null) {
			page.modelAttribute("series", series);
		}
		return page;
	}

}
