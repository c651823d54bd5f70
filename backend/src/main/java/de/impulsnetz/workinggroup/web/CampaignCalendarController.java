package de.impulsnetz.workinggroup.web;

import de.impulsnetz.shared.web.EntityTags;
import java.util.Locale;

import de.impulsnetz.identity.CalendarTokens;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.text.Labels;
import de.impulsnetz.shared.web.Notices;
import de.impulsnetz.shared.web.Pages;
import de.impulsnetz.shared.PublicUrl;
import de.impulsnetz.workinggroup.campaign.CampaignCalendar;
import de.impulsnetz.workinggroup.campaign.Campaigns;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A campaign's posting plan as iCalendar, for the whole campaign or one municipality. The
 * plan holds every town's own text before it is published, so it is for those who may
 * read the plan ({@link Campaigns#plan(Member, String, String)}), never public: in the
 * browser with the login, in a calendar app at the member's personal address
 * ({@link CalendarTokens}), which stands in for the login and is checked with the same
 * rule.
 */
@Controller
class CampaignCalendarController {

	private static final String CAMPAIGN = "/arbeitsgruppen/{slug}/kampagnen/{campaign}";

	private static final String PERSONAL = "/kalender/{token:" + CalendarTokens.PATTERN + "}" + CAMPAIGN;

	private final Campaigns campaigns;

	private final CalendarTokens tokens;

	private final CurrentMember currentMember;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	CampaignCalendarController(Campaigns campaigns, CalendarTokens tokens, CurrentMember currentMember,
			MessageSource messages, PublicUrl publicUrl) {
		this.campaigns = campaigns;
		this.tokens = tokens;
		this.currentMember = currentMember;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/**
	 * The path of the member's personal address of the campaign's plan, or of one
	 * municipality's part.
	 */
	static String personal(String token, String group, String campaign, @Nullable String municipality) {
		return "/kalender/" + token + "/arbeitsgruppen/" + group + "/kampagnen/" + campaign
				+ ((municipality != null) ? "/" + municipality : "") + ".ics";
	}

	@GetMapping(CAMPAIGN + "/plan.ics")
	@ResponseBody
	Mono<ResponseEntity<String>> calendar(@PathVariable String slug, @PathVariable String campaign, Locale locale) {
		return this.currentMember.required().flatMap((member) -> calendar(member, slug, campaign, null, locale));
	}

	@GetMapping(CAMPAIGN + "/plan/{municipality}.ics")
	@ResponseBody
	Mono<ResponseEntity<String>> municipalityCalendar(@PathVariable String slug, @PathVariable String campaign,
			@PathVariable String municipality, Locale locale) {
		return this.currentMember.required()
			.flatMap((member) -> calendar(member, slug, campaign, municipality, locale));
	}

	/**
	 * The plan at the member's personal address: no login; an unknown token is a 404.
	 */
	@GetMapping(PERSONAL + ".ics")
	@ResponseBody
	Mono<ResponseEntity<String>> subscribed(@PathVariable String token, @PathVariable String slug,
			@PathVariable String campaign, Locale locale) {
		return this.tokens.holder(token)
			.switchIfEmpty(Pages.notFound())
			.flatMap((holder) -> calendar(holder, slug, campaign, null, locale));
	}

	@GetMapping(PERSONAL + "/{municipality}.ics")
	@ResponseBody
	Mono<ResponseEntity<String>> subscribedMunicipality(@PathVariable String token, @PathVariable String slug,
			@PathVariable String campaign, @PathVariable String municipality, Locale locale) {
		return this.tokens.holder(token)
			.switchIfEmpty(Pages.notFound())
			.flatMap((holder) -> calendar(holder, slug, campaign, municipality, locale));
	}

	/**
	 * A new personal address: the old ones (also of the personal barcamp plan) stop
	 * working.
	 */
	@PostMapping(CAMPAIGN + "/kalender/neue-adresse")
	Mono<Rendering> renew(@PathVariable String slug, @PathVariable String campaign) {
		return this.currentMember.required()
			.flatMap(this.tokens::renew)
			.thenReturn(Rendering
				.redirectTo(Notices.redirect("/arbeitsgruppen/" + slug + "/kampagnen/" + campaign, "neue-adresse"))
				.build());
	}

	private Mono<ResponseEntity<String>> calendar(Member member, String slug, String campaign,
			@Nullable String municipality, Locale locale) {
		return this.campaigns.plan(member, slug, campaign)
			.map((plan) -> EntityTags.personalCalendar(CampaignCalendar.of(plan, municipality,
					this.publicUrl.resolve("/arbeitsgruppen/" + slug + "/kampagnen/" + campaign),
					(platform) -> this.messages.getMessage(Labels.of(platform), locale))));
	}

}
