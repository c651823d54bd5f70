package de.impulsnetz.workinggroup.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import de.impulsnetz.distribution.web.DistributionFragment;
import de.impulsnetz.distribution.web.DistributionFragment.BoardView;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.web.AlternateLink;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.GroupRights;
import de.impulsnetz.workinggroup.NewGroup;
import de.impulsnetz.workinggroup.WorkingGroup;
import de.impulsnetz.workinggroup.WorkingGroups;
import de.impulsnetz.workinggroup.actions.Actions;
import de.impulsnetz.workinggroup.campaign.Campaigns;
import de.impulsnetz.workinggroup.meetings.Meetings;
import de.impulsnetz.workinggroup.web.GroupViews.ActionRow;
import de.impulsnetz.workinggroup.web.GroupViews.GroupCard;
import de.impulsnetz.workinggroup.web.GroupViews.MeetingRow;
import de.impulsnetz.workinggroup.web.GroupViews.MunicipalityLink;
import de.impulsnetz.workinggroup.web.GroupViews.PersonRow;
import de.impulsnetz.workinggroup.web.GroupViews.RequestRow;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The list of working groups, founding one, a group's page and editing its description.
 */
@Controller
class WorkingGroupController {

	static final Notices NOTICES = Notices.at("gruppe",
			Map.of("angelegt", "workinggroup.notice.created", "gespeichert", "workinggroup.notice.saved", "eingeladen",
					"workinggroup.notice.invited", "angefragt", "workinggroup.notice.requested", "beigetreten",
					"workinggroup.notice.joined", "entschieden", "workinggroup.notice.decided", "verlassen",
					"workinggroup.notice.left", "koordination", "workinggroup.notice.coordinator", "geplant",
					"workinggroup.notice.planned"));

	private final WorkingGroups groups;

	private final Meetings meetings;

	private final Actions actions;

	private final MunicipalityDirectory municipalities;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	private final DistributionFragment board;

	private final Clock clock;

	private final Campaigns campaigns;

	WorkingGroupController(WorkingGroups groups, Meetings meetings, Actions actions,
			MunicipalityDirectory municipalities, CurrentMember currentMember, Markdown markdown,
			DistributionFragment board, Clock clock, Campaigns campaigns) {
		this.campaigns = campaigns;
		this.board = board;
		this.groups = groups;
		this.meetings = meetings;
		this.actions = actions;
		this.municipalities = municipalities;
		this.currentMember = currentMember;
		this.markdown = markdown;
		this.clock = clock;
	}

	@GetMapping("/arbeitsgruppen")
	Mono<Rendering> list() {
		return Mono.zip(this.currentMember.optional(), names(), this.groups.all().collectList())
			.map((all) -> Rendering.view("workinggroup/list")
				.modelAttribute("groups",
						all.getT3().stream().map((group) -> GroupCard.of(group, all.getT2())).toList())
				.modelAttribute("mayCreate", all.getT1().map(GroupRights::mayCreate).orElse(false))
				.build());
	}

	@GetMapping("/arbeitsgruppen/neu")
	Mono<Rendering> newGroup() {
		return this.currentMember.required().flatMap((member) -> {
			if (!GroupRights.mayCreate(member)) {
				return Mono.error(new GroupDenied("workinggroup.denied.create"));
			}
			String own = (member.municipality() != null) ? member.municipality() : "";
			return form(new GroupForm("", own, List.of(), ""), null, HttpStatus.OK);
		});
	}

	@PostMapping("/arbeitsgruppen")
	Mono<Rendering> create(@ModelAttribute GroupForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.groups.create(member, form.toNewGroup()))
			.map((group) -> Rendering.redirectTo(Notices.redirect("/arbeitsgruppen/" + group.slug(), "angelegt"))
				.build())
			.onErrorResume(GroupDenied.class, (denied) -> (denied.getStatusCode() == HttpStatus.BAD_REQUEST)
					? form(form, denied.messageKey(), HttpStatus.BAD_REQUEST) : Mono.error(denied));
	}

	private Mono<Rendering> form(GroupForm form, @Nullable String error, HttpStatus status) {
		return this.municipalities.all()
			.map((municipality) -> new MunicipalityLink(municipality.slug(), municipality.name()))
			.collectList()
			.map((all) -> Rendering.view("workinggroup/form")
				.modelAttribute("form", form)
				.modelAttribute("municipalities", all)
				.modelAttribute("error", error)
				.status(status)
				.build());
	}

	@GetMapping("/arbeitsgruppen/{slug}")
	Mono<Rendering> show(@PathVariable String slug, @RequestParam(required = false) @Nullable String seite,
			ServerHttpRequest request) {
		return page(slug, (member, group) -> board(group, member, seite, request),
				(page) -> page.modelAttribute("notice", NOTICES.find(request)));
	}

	/**
	 * The group's Verteiler for the people in it; nothing for everyone else, so neither
	 * its messages nor its form reach their page.
	 */
	private Mono<Optional<BoardView>> board(WorkingGroup group, @Nullable Member member, @Nullable String seite,
			ServerHttpRequest request) {
		if (!GroupRights.of(member, group).readInternal()) {
			return Mono.just(Optional.empty());
		}
		return this.board.forPage(group.slug(), member, seite, request)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	@GetMapping("/arbeitsgruppen/{slug}/bearbeiten")
	Mono<Rendering> edit(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.groups.toCoordinate(member, slug))
			.map((group) -> editor(group, new DescriptionForm(group.title(), group.purpose(), group.version()), null,
					HttpStatus.OK)
				.build());
	}

	@PostMapping("/arbeitsgruppen/{slug}/bearbeiten")
	Mono<Rendering> save(@PathVariable String slug, @ModelAttribute DescriptionForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.groups
				.describe(member, slug, form.title(), form.purpose(), (form.version() != null) ? form.version() : -1)
				.map((group) -> Rendering.redirectTo(Notices.redirect("/arbeitsgruppen/" + slug, "gespeichert"))
					.build())
				.onErrorResume(OptimisticLockingFailureException.class,
						(stale) -> this.groups.bySlug(slug)
							.map((current) -> editor(current, form, "workinggroup.edit.conflict", HttpStatus.CONFLICT)
								.modelAttribute("theirs", current.purpose())
								.build()))
				.onErrorResume(GroupDenied.class,
						(denied) -> (denied.getStatusCode() == HttpStatus.BAD_REQUEST) ? this.groups.bySlug(slug)
							.map((current) -> editor(current, form, denied.messageKey(), HttpStatus.BAD_REQUEST)
								.build()) : Mono.error(denied)));
	}

	private static Rendering.Builder<?> editorBuilder(WorkingGroup group, DescriptionForm form, @Nullable String error,
			HttpStatus status) {
		return Rendering.view("workinggroup/edit")
			.modelAttribute("group", group)
			.modelAttribute("form", form)
			.modelAttribute("error", error)
			.status(status);
	}

	private static Rendering.Builder<?> editor(WorkingGroup group, DescriptionForm form, @Nullable String error,
			HttpStatus status) {
		DescriptionForm kept = (status == HttpStatus.CONFLICT)
				? new DescriptionForm(form.title(), form.purpose(), group.version()) : form;
		return editorBuilder(group, kept, error, status);
	}

	/**
	 * The open Maßnahmen of the group across its meetings: for the people in the group.
	 */
	@GetMapping("/arbeitsgruppen/{slug}/massnahmen")
	Mono<Rendering> openActions(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> this.groups.toWorkIn(member, slug)
				.flatMap((group) -> openActionRows(group).map((rows) -> Rendering.view("workinggroup/actions")
					.modelAttribute("group", group)
					.modelAttribute("actions", rows)
					.build())));
	}

	Mono<List<ActionRow>> openActionRows(WorkingGroup group) {
		return Mono
			.zip(names(),
					this.meetings.of(group.slug())
						.collectMap((scheduled) -> scheduled.event().slug(), (scheduled) -> scheduled.event().title()),
					this.actions.open(group.slug()).collectList())
			.map((all) -> all.getT3()
				.stream()
				.map((action) -> ActionRow.of(group.slug(), action, all.getT1(), all.getT2(), this.actions.today()))
				.toList());
	}

	private Mono<Rendering> page(String slug,
			BiFunction<@Nullable Member, WorkingGroup, Mono<Optional<BoardView>>> boardOf,
			Function<Rendering.Builder<?>, Rendering.Builder<?>> more) {
		return this.currentMember.optional()
			.flatMap((member) -> this.groups.bySlug(slug)
				.flatMap((group) -> Mono
					.zip(names(), this.meetings.of(slug).collectList(), internal(group, member.orElse(null)),
							this.campaigns.of(slug).collectList(), boardOf.apply(member.orElse(null), group))
					.map((all) -> {
						Map<String, String> names = all.getT1();
						GroupRights rights = GroupRights.of(member.orElse(null), group);
						List<MeetingRow> meetings = all.getT2()
							.stream()
							.map((scheduled) -> MeetingRow.of(slug, scheduled, this.clock.instant()))
							.toList();
						Rendering.Builder<?> page = Rendering.view("workinggroup/detail")
							.modelAttribute("group", group)
							.modelAttribute("purposeHtml", this.markdown.toHtml(group.purpose()))
							.modelAttribute("coordinator",
									new MunicipalityLink(group.coordinator(),
											names.getOrDefault(group.coordinator(), group.coordinator())))
							.modelAttribute("municipalities",
									group.municipalities()
										.stream()
										.map((m) -> new MunicipalityLink(m, names.getOrDefault(m, m)))
										.toList())
							.modelAttribute("upcoming", meetings.stream().filter((row) -> !row.past()).toList())
							.modelAttribute("past", meetings.stream().filter(MeetingRow::past).toList())
							.modelAttribute("rights", rights)
							.modelAttribute("campaigns", all.getT4())
							.modelAttribute("campaignRights", GroupRights.campaigns(member.orElse(null), group))
							.modelAttribute("internal", all.getT3().orElse(null))
							.modelAttribute(DistributionFragment.MODEL, all.getT5().orElse(null))
							.modelAttribute("messageForm", DistributionFragment.emptyForm())
							.modelAttribute("alternates", List.of(new AlternateLink("application/atom+xml",
									"/arbeitsgruppen/" + slug + "/feed.atom", "workinggroup.feed.follow")));
						return more.apply(page).build();
					})));
	}

	/**
	 * The members-only part of the page, for those who may read it; empty for everyone
	 * else, so nothing of it reaches their page.
	 */
	private Mono<Optional<Internal>> internal(WorkingGroup group, @Nullable Member member) {
		GroupRights rights = GroupRights.of(member, group);
		if (!rights.readInternal()) {
			return Mono.just(Optional.empty());
		}
		return Mono.zip(names(), openActionRows(group), this.municipalities.all().collectList()).map((all) -> {
			Map<String, String> names = all.getT1();
			List<MunicipalityLink> invitable = all.getT3()
				.stream()
				.filter((m) -> !group.municipalities().contains(m.slug())
						&& !group.invitedMunicipalities().contains(m.slug()))
				.map((m) -> new MunicipalityLink(m.slug(), m.name()))
				.toList();
			return Optional.of(new Internal(
					group.people().stream().map((person) -> PersonRow.of(person, names)).toList(),
					rights.coordinate()
							? group.requests().stream().map((request) -> RequestRow.of(request, names)).toList()
							: List.of(),
					group.invitedMunicipalities()
						.stream()
						.map((m) -> new MunicipalityLink(m, names.getOrDefault(m, m)))
						.toList(),
					rights.coordinate() ? group.invitedEmails() : List.of(), all.getT2(), invitable));
		});
	}

	/**
	 * What only the people in the group see.
	 */
	record Internal(List<PersonRow> people, List<RequestRow> requests, List<MunicipalityLink> invitedMunicipalities,
			List<String> invitedEmails, List<ActionRow> openActions, List<MunicipalityLink> invitable) {

	}

	private Mono<Map<String, String>> names() {
		return this.municipalities.all().collectMap(Municipality::slug, Municipality::name);
	}

	record GroupForm(@Nullable String title, @Nullable String coordinator, @Nullable List<String> members,
			@Nullable String purpose) {

		NewGroup toNewGroup() {
			return new NewGroup(this.title, this.coordinator, this.members, this.purpose);
		}

		public boolean isMember(String slug) {
			return this.members != null && this.members.contains(slug);
		}

	}

	record DescriptionForm(@Nullable String title, @Nullable String purpose, @Nullable Long version) {

	}

}
