package de.impulsnetz.workinggroup.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.impulsnetz.identity.CalendarToken;
import de.impulsnetz.identity.CalendarTokens;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.media.Images;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.shared.text.Markdown;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.campaign.Campaign;
import de.impulsnetz.workinggroup.campaign.CampaignDraft;
import de.impulsnetz.workinggroup.campaign.CampaignPlan;
import de.impulsnetz.workinggroup.campaign.CampaignToPractice;
import de.impulsnetz.workinggroup.campaign.Campaigns;
import de.impulsnetz.workinggroup.campaign.NewPost;
import de.impulsnetz.workinggroup.campaign.PlannedPost;
import de.impulsnetz.workinggroup.campaign.PostChange;
import de.impulsnetz.workinggroup.campaign.PostStatus;
import de.impulsnetz.workinggroup.meetings.Meetings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A group's joint campaigns: creating one, its page with the shared material, the posting
 * plan with who is behind, the figures summed in a table and a chart, and the plan as
 * iCalendar. The rules are {@link Campaigns}'; these pages only show and send.
 */
@Controller
class CampaignController {

	static final Notices NOTICES = Notices.at("kampagne",
			Map.of("angelegt", "workinggroup.campaign.notice.created", "gespeichert",
					"workinggroup.campaign.notice.saved", "dabei", "workinggroup.campaign.notice.optedIn", "geplant",
					"workinggroup.campaign.notice.planned", "praxis", "workinggroup.campaign.notice.practice",
					"neue-adresse", "workinggroup.campaign.notice.newAddress"));

	private final Campaigns campaigns;

	private final CampaignToPractice toPractice;

	private final Meetings meetings;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	private final CalendarTokens tokens;

	CampaignController(Campaigns campaigns, CampaignToPractice toPractice, Meetings meetings,
			CurrentMember currentMember, Markdown markdown, CalendarTokens tokens) {
		this.campaigns = campaigns;
		this.toPractice = toPractice;
		this.meetings = meetings;
		this.currentMember = currentMember;
		this.markdown = markdown;
		this.tokens = tokens;
	}

	@ModelAttribute("maxImageMegabytes")
	int maxImageMegabytes() {
		return Images.MAX_BYTES / 1024 / 1024;
	}

	private static String base(String slug, String campaign) {
		return "/arbeitsgruppen/" + slug + "/kampagnen/" + campaign;
	}

	@GetMapping("/arbeitsgruppen/{slug}/kampagnen/neu")
	Mono<Rendering> newCampaign(@PathVariable String slug) {
		return this.currentMember.required()
			.flatMap((member) -> form(slug, member, new CampaignForm(null, null, null, null, null, null, null, null),
					null, HttpStatus.OK, null));
	}

	/**
	 * @param campaign the campaign's slug when it is edited, {@code null} for a new one
	 */
	private Mono<Rendering> form(String slug, Member member, CampaignForm form, @Nullable String error,
			HttpStatus status, @Nullable String campaign) {
		return this.campaigns.mayManage(member, slug)
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> new GroupDenied("workinggroup.campaign.denied.manage")))
			.then(this.meetings.of(slug).collectList())
			.map((meetings) -> Rendering.view("workinggroup/campaign-form")
				.modelAttribute("groupSlug", slug)
				.modelAttribute("campaignSlug", campaign)
				.modelAttribute("form", form)
				.modelAttribute("meetings", meetings)
				.modelAttribute("error", error)
				.status(status)
				.build());
	}

	@PostMapping("/arbeitsgruppen/{slug}/kampagnen")
	Mono<Rendering> create(@PathVariable String slug, @ModelAttribute CampaignForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.create(member, slug, form.toDraft())
				.map((campaign) -> Rendering.redirectTo(Notices.redirect(base(slug, campaign.slug()), "angelegt"))
					.build())
				.onErrorResume(GroupDenied.class,
						(denied) -> (denied.getStatusCode() == HttpStatus.BAD_REQUEST)
								? form(slug, member, form, denied.messageKey(), HttpStatus.BAD_REQUEST, null)
								: Mono.error(denied)));
	}

	@GetMapping("/arbeitsgruppen/{slug}/kampagnen/{campaign}/bearbeiten")
	Mono<Rendering> edit(@PathVariable String slug, @PathVariable String campaign) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.managed(member, slug, campaign)
				.flatMap((access) -> form(slug, member, CampaignForm.of(access.campaign()), null, HttpStatus.OK,
						campaign)));
	}

	@PostMapping("/arbeitsgruppen/{slug}/kampagnen/{campaign}/bearbeiten")
	Mono<Rendering> save(@PathVariable String slug, @PathVariable String campaign, @ModelAttribute CampaignForm form) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.bySlug(slug, campaign)
				.flatMap((current) -> this.campaigns.edit(member, slug, campaign,
						form.toDraft().withMaterialOf(current), (form.version() != null) ? form.version() : -1))
				.map((saved) -> redirect(slug, campaign, "gespeichert"))
				.onErrorResume(OptimisticLockingFailureException.class,
						(stale) -> this.campaigns.bySlug(slug, campaign)
							.flatMap((current) -> form(slug, member, form.withVersion(current.version()),
									"workinggroup.campaign.conflict", HttpStatus.CONFLICT, campaign)))
				.onErrorResume(GroupDenied.class,
						(denied) -> (denied.getStatusCode() == HttpStatus.BAD_REQUEST)
								? form(slug, member, form, denied.messageKey(), HttpStatus.BAD_REQUEST, campaign)
								: Mono.error(denied)));
	}

	@GetMapping("/arbeitsgruppen/{slug}/kampagnen/{campaign}")
	Mono<Rendering> show(@PathVariable String slug, @PathVariable String campaign, ServerHttpRequest request,
			Locale locale) {
		return page(slug, campaign, null, HttpStatus.OK, request, locale, null);
	}

	/**
	 * @param typed the material form as the coordinator sent it, to fill in again after a
	 * refusal; {@code null}: empty
	 */
	private Mono<Rendering> page(String slug, String campaign, @Nullable String error, HttpStatus status,
			@Nullable ServerHttpRequest request, Locale locale, @Nullable MaterialForm typed) {
		return this.currentMember.optional()
			.flatMap((member) -> this.campaigns.access(member.orElse(null), slug, campaign)
				.flatMap((access) -> Mono.zip(
						access.rights().readPlan() ? this.campaigns.plan(access).map(Optional::of)
								: Mono.just(Optional.<CampaignPlan>empty()),
						(access.campaign().kickoff() != null) ? this.meetings.of(slug, access.campaign().kickoff())
							.map(Optional::of)
							.defaultIfEmpty(Optional.empty()) : Mono.just(Optional.empty()),
						(access.rights().readPlan() && member.isPresent())
								? this.tokens.of(member.get()).map(Optional::of)
								: Mono.just(Optional.<CalendarToken>empty()))
					.map((all) -> {
						Campaign found = access.campaign();
						CampaignPlan plan = all.getT1().orElse(null);
						String token = all.getT3().map(CalendarToken::token).orElse(null);
						String own = access.rights().ownMunicipality();
						return Rendering.view("workinggroup/campaign")
							.modelAttribute("group", access.group())
							.modelAttribute("campaign", found)
							.modelAttribute("rights", access.rights())
							.modelAttribute("goalHtml", this.markdown.toHtml(found.goal()))
							.modelAttribute("themeHtml", this.markdown.toHtml(found.theme()))
							.modelAttribute("material",
									found.material()
										.stream()
										.map((item) -> new MaterialView(item, this.markdown.toHtml(item.text())))
										.toList())
							.modelAttribute("kickoff", all.getT2().orElse(null))
							.modelAttribute("calendarAll",
									(token != null) ? CampaignCalendarController.personal(token, slug, campaign, null)
											: null)
							.modelAttribute("calendarOwn",
									(token != null && own != null)
											? CampaignCalendarController.personal(token, slug, campaign, own) : null)
							.modelAttribute("materialForm",
									(typed != null) ? typed : new MaterialForm(null, null, null, null, null, null))
							.modelAttribute("materialError", (typed != null) ? error : null)
							.modelAttribute("ownOptedIn", plan != null && own != null && plan.participation()
								.stream()
								.anyMatch((entry) -> entry.optedIn() && own.equals(entry.municipality().slug())))
							.modelAttribute("plan", plan)
							.modelAttribute("chart", (plan != null) ? CampaignViews.Chart.reach(plan, locale) : null)
							.modelAttribute("platforms", Platform.values())
							.modelAttribute("mayPlan",
									access.rights().planFor(access.group(), access.rights().ownMunicipality()))
							.modelAttribute("error", error)
							.modelAttribute("notice", (request != null) ? NOTICES.find(request) : null)
							.status(status)
							.build();
					})));
	}

	record MaterialView(Campaign.Material item, String html) {

	}

	/**
	 * Adds an item of shared material, with an image when one is chosen (a multipart form
	 * that needs no JavaScript); a refusal shows the page again with the reason and
	 * everything typed.
	 */
	@PostMapping("/arbeitsgruppen/{slug}/kampagnen/{campaign}/material")
	Mono<Rendering> addMaterial(@PathVariable String slug, @PathVariable String campaign,
			@ModelAttribute MaterialForm form, Locale locale) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.addMaterial(member, slug, campaign,
					new Campaign.Material(form.title(), form.text(), form.usage()), form.upload(),
					(form.version() != null) ? form.version() : -1))
			.map((saved) -> redirect(slug, campaign, "gespeichert"))
			.onErrorResume((failure) -> refused(slug, campaign, failure, locale, form));
	}

	@PostMapping("/arbeitsgruppen/{slug}/kampagnen/{campaign}/teilnehmen")
	Mono<Rendering> optIn(@PathVariable String slug, @PathVariable String campaign, Locale locale) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.optIn(member, slug, campaign, null))
			.map((saved) -> redirect(slug, campaign, "dabei"))
			.onErrorResume((failure) -> refused(slug, campaign, failure, locale, null));
	}

	@PostMapping("/arbeitsgruppen/{slug}/kampagnen/{campaign}/plan")
	Mono<Rendering> plan(@PathVariable String slug, @PathVariable String campaign, @ModelAttribute PostForm form,
			Locale locale) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.plan(member, slug, campaign,
					new NewPost(form.kommune(), platform(form.kanal()), form.datum(), form.idee(), form.text())))
			.map((saved) -> redirect(slug, campaign, "geplant"))
			.onErrorResume((failure) -> refused(slug, campaign, failure, locale, null));
	}

	@PostMapping("/arbeitsgruppen/{slug}/kampagnen/{campaign}/plan/{id}")
	Mono<Rendering> change(@PathVariable String slug, @PathVariable String campaign, @PathVariable String id,
			@ModelAttribute ChangeForm form, Locale locale) {
		PlannedPost.Figures figures = (form.reichweite() != null || form.interaktionen() != null
				|| form.follower() != null)
						? new PlannedPost.Figures(zero(form.reichweite()), zero(form.interaktionen()),
								zero(form.follower()))
						: null;
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.change(member, slug, campaign, id,
					new PostChange(form.status(), form.adresse(), null, figures)))
			.map((saved) -> redirect(slug, campaign, "gespeichert"))
			.onErrorResume((failure) -> refused(slug, campaign, failure, locale, null));
	}

	@PostMapping("/arbeitsgruppen/{slug}/kampagnen/{campaign}/praxisbeispiel")
	Mono<Rendering> practice(@PathVariable String slug, @PathVariable String campaign, Locale locale) {
		return this.currentMember.required()
			.flatMap((member) -> this.toPractice.draft(member, slug, campaign))
			.map((practice) -> Rendering.redirectTo("/praxis/" + practice.slug() + "/bearbeiten").build())
			.onErrorResume((failure) -> refused(slug, campaign, failure, locale, null));
	}

	private static Rendering redirect(String slug, String campaign, String notice) {
		return Rendering.redirectTo(Notices.redirect(base(slug, campaign), notice)).build();
	}

	/**
	 * Wrong input and conflicts show the page again with the reason; refusals stay
	 * refusals.
	 */
	private Mono<Rendering> refused(String slug, String campaign, Throwable failure, Locale locale,
			@Nullable MaterialForm typed) {
		if (failure instanceof OptimisticLockingFailureException) {
			return page(slug, campaign, "workinggroup.campaign.conflict", HttpStatus.CONFLICT, null, locale, typed);
		}
		if (failure instanceof GroupDenied denied && (denied.getStatusCode() == HttpStatus.BAD_REQUEST
				|| denied.getStatusCode() == HttpStatus.CONFLICT)) {
			return page(slug, campaign, denied.messageKey(), HttpStatus.valueOf(denied.getStatusCode().value()), null,
					locale, typed);
		}
		return Mono.error(failure);
	}

	private static long zero(@Nullable Long value) {
		return (value != null) ? value : 0;
	}

	private static @Nullable Platform platform(@Nullable String name) {
		try {
			return (name != null && !name.isBlank()) ? Platform.valueOf(name) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	record CampaignForm(@Nullable String title, @Nullable String theme, @Nullable String goal,
			@Nullable LocalDate start, @Nullable LocalDate end, @Nullable String hashtags, @Nullable String kickoff,
			@Nullable Long version) {

		static CampaignForm of(Campaign campaign) {
			return new CampaignForm(campaign.title(), campaign.theme(), campaign.goal(), campaign.start(),
					campaign.end(), String.join(" ", campaign.hashtags()), campaign.kickoff(), campaign.version());
		}

		/**
		 * The member's input with the version now stored, to send again after a conflict.
		 */
		CampaignForm withVersion(@Nullable Long current) {
			return new CampaignForm(this.title, this.theme, this.goal, this.start, this.end, this.hashtags,
					this.kickoff, current);
		}

		CampaignDraft toDraft() {
			return new CampaignDraft(this.title, this.theme, this.goal, this.start, this.end,
					(this.hashtags != null) ? List.of(this.hashtags) : List.of(), List.of(), this.kickoff);
		}

	}

	/**
	 * @param bild an image to upload with the item
	 * @param bildAlt the image's alternative text
	 */
	record MaterialForm(@Nullable String title, @Nullable String text, @Nullable String usage, @Nullable Long version,
			@Nullable FilePart bild, @Nullable String bildAlt) {

		/**
		 * The chosen image, {@code null} when none is chosen.
		 */
		Campaigns.@Nullable ImageUpload upload() {
			return (this.bild != null && !this.bild.filename().isBlank())
					? new Campaigns.ImageUpload(this.bild.content(), (this.bildAlt != null) ? this.bildAlt : "") : null;
		}

	}

	record PostForm(@Nullable String kommune, @Nullable String kanal, @Nullable LocalDate datum, @Nullable Integer idee,
			@Nullable String text) {

	}

	record ChangeForm(@Nullable PostStatus status, @Nullable String adresse, @Nullable Long reichweite,
			@Nullable Long interaktionen, @Nullable Long follower) {

	}

}
