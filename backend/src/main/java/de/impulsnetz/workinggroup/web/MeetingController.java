package de.impulsnetz.workinggroup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.GroupRights;
import de.impulsnetz.workinggroup.WorkingGroup;
import de.impulsnetz.workinggroup.WorkingGroups;
import de.impulsnetz.workinggroup.actions.ActionStatus;
import de.impulsnetz.workinggroup.actions.Actions;
import de.impulsnetz.workinggroup.actions.NewAction;
import de.impulsnetz.workinggroup.meetings.Meeting;
import de.impulsnetz.workinggroup.meetings.Meetings;
import de.impulsnetz.workinggroup.meetings.ScheduledMeeting;
import de.impulsnetz.workinggroup.meetings.TextConflict;
import de.impulsnetz.workinggroup.web.GroupViews.ActionRow;
import de.impulsnetz.workinggroup.web.GroupViews.MeetingRow;
import de.impulsnetz.workinggroup.web.GroupViews.MunicipalityLink;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Planning meetings from the group page and a meeting's page: its date and place for
 * everyone, published minutes for everyone, agenda, minutes drafts and Maßnahmen for the
 * people in the group.
 */
@Controller
class MeetingController {

	private static final Notices NOTICES = Notices.at("texte", Map.of("gespeichert", "workinggroup.notice.saved"))
		.and("termin",
				Map.of("verschoben", "workinggroup.notice.moved", "veroeffentlicht", "workinggroup.notice.published",
						"zurueckgezogen", "workinggroup.notice.unpublished"))
		.and("massnahmen", Map.of("massnahme", "workinggroup.notice.action", "status", "workinggroup.notice.status"));

	private final WorkingGroups groups;

	private final Meetings meetings;

	private final Actions actions;

	private final MunicipalityDirectory municipalities;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	private final Clock clock;

	MeetingController(WorkingGroups groups, Meetings meetings, Actions actions, MunicipalityDirectory municipalities,
			CurrentMember currentMember, Markdown markdown, Clock clock) {
		this.clock = clock;
		this.groups = groups;
		this.meetings = meetings;
		this.actions = actions;
		this.municipalities = municipalities;
		this.currentMember = currentMember;
		this.markdown = markdown;
	}

	@GetMapping("/arbeitsgruppen/{slug}/treffen/neu")
	Mono<Rendering> newMeeting(@PathVariable String slug) {
		return coordinated(slug).map((group) -> planner(group, MeetingForm.blank(group.title(), this.actions.today()),
				null, null, HttpStatus.OK));
	}

	@PostMapping("/arbeitsgruppen/{slug}/treffen")
	Mono<Rendering> plan(@PathVariable String slug, @ModelAttribute MeetingForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.meetings.plan(member, slug, form.toDraft(), form.isQuarterly()).collectList())
			.map((planned) -> Rendering.redirectTo(Notices.redirect("/arbeitsgruppen/" + slug, "geplant")).build())
			.onErrorResume(GroupDenied.class,
					(denied) -> (denied.getStatusCode() == HttpStatus.BAD_REQUEST)
							? this.groups.bySlug(slug)
								.map((group) -> planner(group, form, null, denied.messageKey(), HttpStatus.BAD_REQUEST))
							: Mono.error(denied));
	}

	@GetMapping("/arbeitsgruppen/{slug}/treffen/{event}/bearbeiten")
	Mono<Rendering> editMeeting(@PathVariable String slug, @PathVariable String event) {
		return coordinated(slug).flatMap((group) -> this.meetings.of(slug, event)
			.map((scheduled) -> planner(group, MeetingForm.of(scheduled.event()), scheduled, null, HttpStatus.OK)));
	}

	@PostMapping("/arbeitsgruppen/{slug}/treffen/{event}/bearbeiten")
	Mono<Rendering> reschedule(@PathVariable String slug, @PathVariable String event,
			@ModelAttribute MeetingForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.meetings.reschedule(member, slug, event, form.toDraft(),
					(form.version() != null) ? form.version() : -1))
			.map((moved) -> Rendering
				.redirectTo(Notices.redirect("/arbeitsgruppen/" + slug + "/treffen/" + event, "verschoben"))
				.build())
			.onErrorResume((failure) -> failure instanceof OptimisticLockingFailureException
					|| (failure instanceof GroupDenied denied && denied.getStatusCode() == HttpStatus.BAD_REQUEST),
					(failure) -> Mono.zip(this.groups.bySlug(slug), this.meetings.of(slug, event)).map((both) -> {
						boolean stale = failure instanceof OptimisticLockingFailureException;
						MeetingForm kept = stale ? new MeetingForm(form.title(), form.date(), form.from(), form.to(),
								form.venue(), form.city(), form.capacity(), null, both.getT2().event().version())
								: form;
						return planner(both.getT1(), kept, both.getT2(),
								stale ? "workinggroup.meeting.conflict" : ((GroupDenied) failure).messageKey(),
								stale ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
					}));
	}

	private Rendering planner(WorkingGroup group, MeetingForm form, @Nullable ScheduledMeeting meeting,
			@Nullable String error, HttpStatus status) {
		return Rendering.view("workinggroup/meeting-form")
			.modelAttribute("group", group)
			.modelAttribute("form", form)
			.modelAttribute("meeting", (meeting != null) ? meeting.event() : null)
			.modelAttribute("error", error)
			.status(status)
			.build();
	}

	@GetMapping("/arbeitsgruppen/{slug}/treffen/{event}")
	Mono<Rendering> show(@PathVariable String slug, @PathVariable String event, ServerHttpRequest request) {
		return page(slug, event, null, (page) -> page.modelAttribute("notice", NOTICES.find(request)));
	}

	@PostMapping("/arbeitsgruppen/{slug}/treffen/{event}/tagesordnung")
	Mono<Rendering> saveAgenda(@PathVariable String slug, @PathVariable String event, @ModelAttribute TextForm form) {
		return saveText(slug, event, Meeting.Part.AGENDA, form);
	}

	@PostMapping("/arbeitsgruppen/{slug}/treffen/{event}/protokoll")
	Mono<Rendering> saveMinutes(@PathVariable String slug, @PathVariable String event, @ModelAttribute TextForm form) {
		return saveText(slug, event, Meeting.Part.MINUTES, form);
	}

	/**
	 * Saves agenda or minutes; when someone else saved in between, the page comes back
	 * with a clear message, the text they saved, and the writer's own text still in the
	 * field with the new version, so that nothing is lost and the writer decides.
	 */
	private Mono<Rendering> saveText(String slug, String event, Meeting.Part part, TextForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.meetings.save(member, slug, event, part, form.text(),
					(form.version() != null) ? form.version() : -1))
			.map((saved) -> Rendering
				.redirectTo(Notices.redirect("/arbeitsgruppen/" + slug + "/treffen/" + event, "gespeichert"))
				.build())
			.onErrorResume(TextConflict.class,
					(conflict) -> page(slug, event, new Typed(part, form.text(), conflict.current()),
							(page) -> page.status(HttpStatus.CONFLICT)))
			.onErrorResume(
					(failure) -> failure instanceof GroupDenied denied
							&& denied.getStatusCode() == HttpStatus.BAD_REQUEST,
					(tooLong) -> page(slug, event, new Typed(part, form.text(), null),
							(page) -> page.modelAttribute("textError", "workinggroup.minutes.tooLong")
								.status(HttpStatus.BAD_REQUEST)));
	}

	@PostMapping("/arbeitsgruppen/{slug}/treffen/{event}/veroeffentlichen")
	Mono<Rendering> publish(@PathVariable String slug, @PathVariable String event, @ModelAttribute PublishForm form) {
		boolean published = !"nein".equals(form.wert());
		return this.currentMember.required()
			.flatMap((member) -> this.meetings.publish(member, slug, event, published))
			.map((meeting) -> Rendering.redirectTo(Notices.redirect("/arbeitsgruppen/" + slug + "/treffen/" + event,
					published ? "veroeffentlicht" : "zurueckgezogen"))
				.build());
	}

	@PostMapping("/arbeitsgruppen/{slug}/treffen/{event}/massnahmen")
	Mono<Rendering> addAction(@PathVariable String slug, @PathVariable String event, @ModelAttribute ActionForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.actions.add(member, slug, event, form.toNewAction()))
			.map((added) -> Rendering
				.redirectTo(Notices.redirect("/arbeitsgruppen/" + slug + "/treffen/" + event, "massnahme"))
				.build())
			.onErrorResume(
					(failure) -> failure instanceof GroupDenied denied
							&& denied.getStatusCode() == HttpStatus.BAD_REQUEST,
					(invalid) -> page(slug, event, null,
							(page) -> page.modelAttribute("actionError", ((GroupDenied) invalid).messageKey())
								.modelAttribute("actionForm", form)
								.status(HttpStatus.BAD_REQUEST)));
	}

	@PostMapping("/arbeitsgruppen/{slug}/massnahmen/{id}/status")
	Mono<Rendering> mark(@PathVariable String slug, @PathVariable String id, @ModelAttribute StatusForm form) {
		String back = form.zurueck();
		ActionStatus status = "OFFEN".equals(form.status()) ? ActionStatus.OFFEN : ActionStatus.ERLEDIGT;
		return this.currentMember.required()
			.flatMap((member) -> this.actions.mark(member, slug, id, status))
			.map((marked) -> {
				String meetingPage = "/arbeitsgruppen/" + slug + "/treffen/" + marked.meeting();
				String target = ("gruppe".equals(back)) ? "/arbeitsgruppen/" + slug : meetingPage;
				return Rendering.redirectTo(Notices.redirect(target, "status")).build();
			});
	}

	/**
	 * What a writer typed into agenda or minutes when saving failed, with what is stored
	 * now if someone else saved in between.
	 */
	record Typed(Meeting.Part part, @Nullable String text, @Nullable Meeting current) {

	}

	/**
	 * @param wert {@code nein} takes the minutes back, anything else publishes them
	 */
	record PublishForm(@Nullable String wert) {

	}

	/**
	 * @param status {@code OFFEN} or {@code ERLEDIGT}
	 * @param zurueck {@code gruppe} to return to the group page, else the meeting's
	 */
	record StatusForm(@Nullable String status, @Nullable String zurueck) {

	}

	record TextForm(@Nullable String text, @Nullable Long version) {

	}

	/**
	 * @param responsible {@code kommune:<slug>} or {@code person:<member id>}, or empty
	 * @param due ISO date, or empty
	 */
	record ActionForm(@Nullable String text, @Nullable String responsible, @Nullable String due) {

		NewAction toNewAction() {
			String who = (this.responsible != null) ? this.responsible : "";
			LocalDate date = null;
			if (this.due != null && !this.due.isBlank()) {
				try {
					date = LocalDate.parse(this.due.strip());
				}
				catch (DateTimeParseException ex) {
					throw new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.action.invalid.due");
				}
			}
			return new NewAction(this.text, who.startsWith("kommune:") ? who.substring(8) : null,
					who.startsWith("person:") ? who.substring(7) : null, date);
		}

	}

	private Mono<WorkingGroup> coordinated(String slug) {
		return this.currentMember.required().flatMap((member) -> this.groups.toCoordinate(member, slug));
	}

	private Mono<Rendering> page(String slug, String event, @Nullable Typed typed,
			Function<Rendering.Builder<?>, Rendering.Builder<?>> more) {
		return this.currentMember.optional()
			.flatMap((member) -> this.groups.bySlug(slug)
				.flatMap((group) -> Mono
					.zip(this.meetings.of(slug, event), names(), internalActions(group, event, member.orElse(null)))
					.map((all) -> {
						GroupRights rights = GroupRights.of(member.orElse(null), group);
						ScheduledMeeting scheduled = all.getT1();
						Meeting meeting = scheduled.meeting();
						Map<String, String> names = all.getT2();
						boolean minutesVisible = rights.readMinutes(meeting.minutesPublished());
						Rendering.Builder<?> page = Rendering.view("workinggroup/meeting")
							.modelAttribute("group", group)
							.modelAttribute("meeting", MeetingRow.of(slug, scheduled, this.clock.instant()))
							.modelAttribute("published", meeting.minutesPublished())
							.modelAttribute("rights", rights)
							.modelAttribute("minutesHtml",
									minutesVisible ? this.markdown.toHtml(meeting.minutes()) : "")
							.modelAttribute("agendaHtml",
									rights.readInternal() ? this.markdown.toHtml(meeting.agenda()) : "")
							.modelAttribute("actions", all.getT3().orElse(null))
							.modelAttribute("responsibleChoices", rights.write() ? choices(group, names) : List.of())
							.modelAttribute("agendaForm", form(meeting, Meeting.Part.AGENDA, typed))
							.modelAttribute("minutesForm", form(meeting, Meeting.Part.MINUTES, typed))
							.modelAttribute("conflict", (typed != null && typed.current() != null) ? typed : null)
							.modelAttribute("actionForm", new ActionForm("", "", ""));
						return more.apply(page).build();
					})));
	}

	/**
	 * The form of agenda or minutes: what is stored, or what the writer typed (then with
	 * the version now stored, so the next save goes through if they decide to keep it).
	 */
	private static TextForm form(Meeting meeting, Meeting.Part part, @Nullable Typed typed) {
		if (typed != null && typed.part() == part) {
			Meeting current = (typed.current() != null) ? typed.current() : meeting;
			return new TextForm(typed.text(), current.version());
		}
		return new TextForm(meeting.text(part), meeting.version());
	}

	private Mono<Optional<List<ActionRow>>> internalActions(WorkingGroup group, String event, @Nullable Member member) {
		if (!GroupRights.of(member, group).readInternal()) {
			return Mono.just(Optional.empty());
		}
		return Mono.zip(names(), this.actions.ofMeeting(group.slug(), event).collectList())
			.map((all) -> Optional.of(all.getT2()
				.stream()
				.map((action) -> ActionRow.of(group.slug(), action, all.getT1(), Map.of(), this.actions.today()))
				.toList()));
	}

	private static List<MunicipalityLink> choices(WorkingGroup group, Map<String, String> names) {
		List<MunicipalityLink> municipalities = group.municipalities()
			.stream()
			.map((slug) -> new MunicipalityLink("kommune:" + slug, names.getOrDefault(slug, slug)))
			.toList();
		List<MunicipalityLink> people = group.people()
			.stream()
			.map((person) -> new MunicipalityLink("person:" + person.memberId(), person.name()))
			.toList();
		return java.util.stream.Stream.concat(municipalities.stream(), people.stream()).toList();
	}

	private Mono<Map<String, String>> names() {
		return this.municipalities.all().collectMap(Municipality::slug, Municipality::name);
	}

}
