package de.impulsnetz.talk.authoring.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Notice;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.talk.publication.Licence;
import de.impulsnetz.talk.publication.MissingForPublication;
import de.impulsnetz.talk.Talk;
import de.impulsnetz.talk.TalkAccess;
import de.impulsnetz.talk.TalkLibrary;
import de.impulsnetz.talk.TalkSeries;
import de.impulsnetz.talk.plays.PlayCounts;
import de.impulsnetz.talk.TalkState;
import de.impulsnetz.talk.Visibility;
import de.impulsnetz.talk.authoring.PublicationRefused;
import de.impulsnetz.talk.authoring.TalkAuthoring;
import de.impulsnetz.talk.authoring.TalkConflict;
import de.impulsnetz.talk.authoring.TalkInvalid;
import de.impulsnetz.talk.authoring.WrongTalkState;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * A new talk, and the talk's editing hub: its fields, every speaker's consent, its state,
 * what is missing before publication, publishing, and the way to the recording, captions
 * and summary pages. Each section is a form of its own that works without JavaScript.
 */
@Controller
class TalkEditorController {

	/** What the hub confirms after a step (…/bearbeiten?gespeichert), at its top. */
	private static final Notices DONE = Notices.at("oben",
			Map.of("angelegt", "talk.authoring.done.angelegt", "gespeichert", "talk.authoring.done.gespeichert",
					"einwilligungen", "talk.authoring.done.einwilligungen", "status", "talk.authoring.done.status",
					"veroeffentlicht", "talk.authoring.done.veroeffentlicht", "zurueckgenommen",
					"talk.authoring.done.zurueckgenommen"));

	private final TalkAuthoring authoring;

	private final TalkAccess access;

	private final TalkLibrary library;

	private final CurrentMember currentMember;

	private final Clock clock;

	private final PlayCounts plays;

	TalkEditorController(TalkAuthoring authoring, TalkAccess access, TalkLibrary library, CurrentMember currentMember,
			Clock clock, PlayCounts plays) {
		this.plays = plays;
		this.authoring = authoring;
		this.access = access;
		this.library = library;
		this.currentMember = currentMember;
		this.clock = clock;
	}

	@ModelAttribute("licences")
	List<Licence> licences() {
		return Arrays.asList(Licence.values());
	}

	@ModelAttribute("visibilities")
	List<Visibility> visibilities() {
		return Arrays.asList(Visibility.values());
	}

	@GetMapping("/impulse/{series}/neu")
	Mono<Rendering> newTalk(@PathVariable String series) {
		return this.currentMember.required()
			.flatMap((member) -> this.access.seriesForEditing(series, member))
			.map((found) -> Rendering.view("talk/talk-editor")
				.modelAttribute("series", found)
				.modelAttribute("form", TalkForm.blank())
				.build());
	}

	@PostMapping("/impulse/{series}/neu")
	Mono<Rendering> create(@PathVariable String series, @Valid @ModelAttribute("form") TalkForm form,
			BindingResult errors) {
		return this.currentMember.required()
			.flatMap((member) -> this.access.seriesForEditing(series, member).flatMap((found) -> {
				form.validate(errors);
				if (errors.hasErrors()) {
					return Mono.just(newTalkAgain(found, form, errors));
				}
				return this.authoring.createTalk(series, member, form.toContent())
					.map((created) -> Rendering
						.redirectTo(Notices.redirect("/impulse/" + series + "/" + created.slug() + "/bearbeiten",
								"angelegt"))
						.build())
					.onErrorResume(TalkInvalid.class,
							(invalid) -> Mono.just(newTalkAgain(found, form, rejectEvent(errors, invalid))));
			}));
	}

	@GetMapping("/impulse/{series}/{talk}/bearbeiten")
	Mono<Rendering> hub(@PathVariable String series, @PathVariable String talk, ServerHttpRequest request) {
		Notice notice = DONE.find(request);
		return this.currentMember.required()
			.flatMap((member) -> this.access.forEditing(series, talk, member))
			.flatMap((found) -> hub(found, TalkForm.of(found), null))
			.map((page) -> ((notice != null) ? page.modelAttribute("notice", notice) : page).build());
	}

	@PostMapping("/impulse/{series}/{talk}/bearbeiten")
	Mono<Rendering> update(@PathVariable String series, @PathVariable String talk,
			@Valid @ModelAttribute("form") TalkForm form, BindingResult errors) {
		return this.currentMember.required()
			.flatMap((member) -> this.access.forEditing(series, talk, member).flatMap((found) -> {
				form.validate(errors);
				if (errors.hasErrors()) {
					return again(found, form, errors, HttpStatus.BAD_REQUEST);
				}
				long basedOn = (form.version() != null) ? form.version() : -1;
				return this.authoring.updateTalk(series, talk, member, form.toContent(), basedOn)
					.map((saved) -> done(saved, "gespeichert"))
					.onErrorResume(TalkInvalid.class,
							(invalid) -> again(found, form, rejectEvent(errors, invalid), HttpStatus.BAD_REQUEST))
					.onErrorResume(
							TalkConflict.class, (
									conflict) -> hub(found, form,
											null)
										.map((page) -> page
											.modelAttribute("conflictVersion",
													Objects.requireNonNullElse(conflict.currentVersion(), -1L))
											.status(HttpStatus.CONFLICT)
											.build()));
			}));
	}

	@PostMapping("/impulse/{series}/{talk}/einwilligungen")
	Mono<Rendering> consent(@PathVariable String series, @PathVariable String talk,
			@ModelAttribute ConsentForm consents) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.recordConsent(series, talk, member, consents.toConsents()))
			.map((saved) -> done(saved, "einwilligungen"))
			.onErrorMap(TalkInvalid.class, (invalid) -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
	}

	@PostMapping("/impulse/{series}/{talk}/status")
	Mono<Rendering> state(@PathVariable String series, @PathVariable String talk, @ModelAttribute StateForm form) {
		TalkState target = "stattgefunden".equals(form.status()) ? TalkState.HELD
				: "angekuendigt".equals(form.status()) ? TalkState.ANNOUNCED : null;
		if (target == null) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.changeState(series, talk, member, target))
			.map((saved) -> done(saved, "status"))
			.onErrorMap(WrongTalkState.class, (wrong) -> new ResponseStatusException(HttpStatus.CONFLICT));
	}

	@PostMapping("/impulse/{series}/{talk}/veroeffentlichen")
	Mono<Rendering> publish(@PathVariable String series, @PathVariable String talk) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.publish(series, talk, member)
				.map((saved) -> done(saved, "veroeffentlicht"))
				.onErrorResume(PublicationRefused.class,
						(refused) -> this.access.forEditing(series, talk, member)
							.flatMap((found) -> hub(found, TalkForm.of(found), null))
							.map((page) -> page.modelAttribute("refused", true).status(HttpStatus.CONFLICT).build())));
	}

	@PostMapping("/impulse/{series}/{talk}/zuruecknehmen")
	Mono<Rendering> unpublish(@PathVariable String series, @PathVariable String talk) {
		return this.currentMember.required()
			.flatMap((member) -> this.authoring.unpublish(series, talk, member))
			.map((saved) -> done(saved, "zurueckgenommen"))
			.onErrorMap(WrongTalkState.class, (wrong) -> new ResponseStatusException(HttpStatus.CONFLICT));
	}

	record StateForm(@Nullable String status) {

	}

	private static Rendering newTalkAgain(TalkSeries series, TalkForm form, BindingResult errors) {
		return Rendering.view("talk/talk-editor")
			.modelAttribute("series", series)
			.modelAttribute("form", form)
			.modelAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors)
			.status(HttpStatus.BAD_REQUEST)
			.build();
	}

	/**
	 * The only field the service refuses by name is the event.
	 */
	private static BindingResult rejectEvent(BindingResult errors, TalkInvalid invalid) {
		errors.rejectValue("event", invalid.messageKey(), invalid.arguments(), null);
		return errors;
	}

	private Mono<Rendering> again(Talk talk, TalkForm form, BindingResult errors, HttpStatus status) {
		return hub(talk, form, errors).map((page) -> page.status(status).build());
	}

	private Mono<Rendering.Builder<?>> hub(Talk talk, TalkForm form, @Nullable BindingResult errors) {
		Mono<TalkSeries> series = this.library.series(talk.series());
		Mono<List<MissingForPublication>> missing = this.authoring.missing(talk).collectList();
		return Mono.zip(series, missing).map((loaded) -> {
			Rendering.Builder<?> page = Rendering.view("talk/hub")
				.modelAttribute("hub", TalkHub.of(loaded.getT1(), talk, this.clock.instant(), loaded.getT2()))
				.modelAttribute("form", form)
				.modelAttribute("consentForm", ConsentForm.of(talk))
				.modelAttribute("playDays", this.plays.days(Objects.requireNonNull(talk.id())))
				.modelAttribute("plays", this.plays.total(Objects.requireNonNull(talk.id())));
			if (errors != null) {
				page.modelAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			}
			return page;
		});
	}

	private static Rendering done(Talk saved, String flag) {
		return Rendering
			.redirectTo(Notices.redirect("/impulse/" + saved.series() + "/" + saved.slug() + "/bearbeiten", flag))
			.build();
	}

}
