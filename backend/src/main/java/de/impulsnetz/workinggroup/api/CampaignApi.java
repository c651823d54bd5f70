package de.impulsnetz.workinggroup.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.workinggroup.campaign.Campaign;
import de.impulsnetz.workinggroup.campaign.CampaignDraft;
import de.impulsnetz.workinggroup.campaign.CampaignPlan;
import de.impulsnetz.workinggroup.campaign.Campaigns;
import de.impulsnetz.workinggroup.campaign.NewPost;
import de.impulsnetz.workinggroup.campaign.PlannedPost;
import de.impulsnetz.workinggroup.campaign.PostChange;
import de.impulsnetz.workinggroup.campaign.PostStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The joint campaigns of a working group and their posting plan as JSON. The campaign
 * service decides who may do what; its refusals are written as German problem details by
 * {@code shared.web.ApiProblems}.
 */
@RestController
@RequestMapping("/api/v1/arbeitsgruppen/{slug}/kampagnen")
@Tag(name = "Kampagnen",
		description = "Gemeinsame Kampagnen einer Arbeitsgruppe und ihr Redaktionsplan. Fehler "
				+ "kommen als Problem Details (application/problem+json, RFC 9457) mit deutschem title und detail: 400 "
				+ "ungültige Angaben (Zeitraum, Datum außerhalb der Kampagne, Adresse ohne https, Kennzahlen vor der "
				+ "Veröffentlichung), 401 ohne gültiges Token, 403 wenn die Koordination oder die Mitgliedschaft der "
				+ "eigenen Kommune in der Gruppe fehlt, 404 unbekannte Gruppe, Kampagne oder Zeile, 409 wenn dieselbe "
				+ "Kommune denselben Kanal am selben Tag schon geplant hat oder bei einer veralteten Version.")
class CampaignApi {

	private static final String PROBLEM = "application/problem+json";

	private final Campaigns campaigns;

	private final CurrentMember currentMember;

	CampaignApi(Campaigns campaigns, CurrentMember currentMember) {
		this.campaigns = campaigns;
		this.currentMember = currentMember;
	}

	@GetMapping
	@Operation(summary = "Die Kampagnen der Gruppe, die jüngste zuerst (öffentlich)")
	Mono<List<CampaignResponse>> list(@PathVariable String slug) {
		return this.campaigns.of(slug).map(CampaignResponse::of).collectList();
	}

	@PostMapping
	@Operation(summary = "Legt eine Kampagne an (Koordination); 201 mit ihrem slug", responses = {
			@ApiResponse(responseCode = "201", description = "Angelegt; Location nennt die Adresse"),
			@ApiResponse(responseCode = "400",
					description = "Titel fehlt, Zeitraum ungültig oder ein Hashtag ungültig (Problem Details)",
					content = @Content(mediaType = PROBLEM)),
			@ApiResponse(responseCode = "401", description = "Ohne Anmeldung (Problem Details)",
					content = @Content(mediaType = PROBLEM)),
			@ApiResponse(responseCode = "403", description = "Nur die Koordination legt Kampagnen an (Problem Details)",
					content = @Content(mediaType = PROBLEM)) })
	Mono<ResponseEntity<CampaignResponse>> create(@PathVariable String slug, @RequestBody CampaignRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.create(member, slug,
					new CampaignDraft(request.title(), request.theme(), request.goal(), request.start(), request.end(),
							request.hashtags(), List.of(), null)))
			.map((campaign) -> ResponseEntity
				.created(URI.create("/api/v1/arbeitsgruppen/" + slug + "/kampagnen/" + campaign.slug()))
				.body(CampaignResponse.of(campaign)));
	}

	@GetMapping("/{campaign}")
	@Operation(summary = "Eine Kampagne mit ihrem gemeinsamen Material (öffentlich)",
			responses = { @ApiResponse(responseCode = "200", description = "Die Kampagne"),
					@ApiResponse(responseCode = "404", description = "Keine solche Kampagne (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<CampaignResponse> show(@PathVariable String slug, @PathVariable String campaign) {
		return this.campaigns.bySlug(slug, campaign).map(CampaignResponse::of);
	}

	@GetMapping("/{campaign}/plan")
	@Operation(
			summary = "Die Zeilen des Redaktionsplans nach Tag, mit den eigenen Texten (Personen der Gruppe, "
					+ "Mitglieder der Mitgliedskommunen, Organisation, Administration)",
			responses = { @ApiResponse(responseCode = "200", description = "Die Zeilen"),
					@ApiResponse(responseCode = "401", description = "Ohne Anmeldung (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "403", description = "Nicht für diese Person (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<List<PostResponse>> plan(@PathVariable String slug, @PathVariable String campaign) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.plan(member, slug, campaign))
			.map((plan) -> plan.posts().stream().map(PostResponse::of).toList());
	}

	@GetMapping("/{campaign}/stand")
	@Operation(
			summary = "Wer mitmacht, geplant und veröffentlicht hat, mit den Kennzahlen je Kommune und "
					+ "zusammen (wie der Redaktionsplan)",
			responses = { @ApiResponse(responseCode = "200", description = "Der Stand"),
					@ApiResponse(responseCode = "401", description = "Ohne Anmeldung (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "403", description = "Nicht für diese Person (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<StateResponse> state(@PathVariable String slug, @PathVariable String campaign) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.plan(member, slug, campaign))
			.map(StateResponse::of);
	}

	@PostMapping("/{campaign}/plan")
	@Operation(summary = "Plant einen Beitrag der eigenen Kommune (meldet sie zur Kampagne an)", responses = {
			@ApiResponse(responseCode = "201", description = "Geplant"),
			@ApiResponse(responseCode = "400",
					description = "Kanal fehlt, Datum außerhalb der Kampagne, Text fehlt (Problem Details)",
					content = @Content(mediaType = PROBLEM)),
			@ApiResponse(responseCode = "403",
					description = "Nur Mitglieder dieser Mitgliedskommune planen ihre Beiträge (Problem Details)",
					content = @Content(mediaType = PROBLEM)),
			@ApiResponse(responseCode = "409",
					description = "Diese Kommune hat diesen Kanal an diesem Tag schon geplant (Problem Details)",
					content = @Content(mediaType = PROBLEM)) })
	Mono<ResponseEntity<PostResponse>> addPost(@PathVariable String slug, @PathVariable String campaign,
			@RequestBody PostRequest request) {
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.plan(member, slug, campaign,
					new NewPost(request.municipality(), request.platform(), request.date(), request.idea(),
							request.text())))
			.map((post) -> ResponseEntity
				.created(URI.create("/api/v1/arbeitsgruppen/" + slug + "/kampagnen/" + campaign + "/plan/" + post.id()))
				.body(PostResponse.of(post)));
	}

	@PutMapping("/{campaign}/plan/{id}")
	@Operation(
			summary = "Ändert Status (mit https-Adresse des Beitrags), eigenen Text oder Kennzahlen einer Zeile "
					+ "(Mitglieder ihrer Kommune); Kennzahlen erst nach der Veröffentlichung",
			responses = { @ApiResponse(responseCode = "200", description = "Gespeichert"),
					@ApiResponse(responseCode = "400",
							description = "Adresse fehlt oder ist kein https, Kennzahlen negativ (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "403", description = "Nicht die eigene Kommune (Problem Details)",
							content = @Content(mediaType = PROBLEM)),
					@ApiResponse(responseCode = "404", description = "Keine solche Zeile (Problem Details)",
							content = @Content(mediaType = PROBLEM)) })
	Mono<PostResponse> change(@PathVariable String slug, @PathVariable String campaign, @PathVariable String id,
			@RequestBody ChangeRequest request) {
		PlannedPost.Figures figures = (request.reach() != null || request.interactions() != null
				|| request.newFollowers() != null)
						? new PlannedPost.Figures(zero(request.reach()), zero(request.interactions()),
								zero(request.newFollowers()))
						: null;
		return this.currentMember.required()
			.flatMap((member) -> this.campaigns.change(member, slug, campaign, id,
					new PostChange(request.status(), request.url(), request.text(), figures)))
			.map(PostResponse::of);
	}

	private static long zero(@Nullable Long value) {
		return (value != null) ? value : 0;
	}

	record CampaignRequest(@Schema(description = "Titel der Kampagne") String title,
			@Schema(description = "Erster Tag (ISO)", example = "2027-05-01") @Nullable LocalDate start,
			@Schema(description = "Letzter Tag (ISO)", example = "2027-05-31") @Nullable LocalDate end,
			@Schema(description = "Hashtags, mit oder ohne #") @Nullable List<String> hashtags,
			@Schema(description = "Thema (Markdown)") @Nullable String theme,
			@Schema(description = "Ziel (Markdown)") @Nullable String goal) {

	}

	/**
	 * @param image the image uploaded with it, or {@code null}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record MaterialResponse(int number, String title, String text, String usage, @Schema(
			description = "Bild des Materials: Adresse auf dieser Seite und Alternativtext") Campaign.@Nullable Image image) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CampaignResponse(String slug, String group, String title, String theme, String goal, LocalDate start,
			LocalDate end, List<String> hashtags, List<MaterialResponse> material, @Nullable String kickoff,
			long version) {

		static CampaignResponse of(Campaign campaign) {
			List<Campaign.Material> material = campaign.material();
			return new CampaignResponse(campaign.slug(), campaign.group(), campaign.title(), campaign.theme(),
					campaign.goal(), campaign.start(), campaign.end(), campaign.hashtags(),
					java.util.stream.IntStream.range(0, material.size())
						.mapToObj((i) -> new MaterialResponse(i + 1, material.get(i).title(), material.get(i).text(),
								material.get(i).usage(), material.get(i).image()))
						.toList(),
					campaign.kickoff(), (campaign.version() != null) ? campaign.version() : 0);
		}

	}

	record PostRequest(
			@Schema(description = "Slug der Mitgliedskommune; fehlt: die eigene") @Nullable String municipality,
			@Schema(description = "Kanal", example = "INSTAGRAM") @Nullable Platform platform,
			@Schema(description = "Tag (ISO)") @Nullable LocalDate date,
			@Schema(description = "Nummer des gemeinsamen Materials, dem der Beitrag folgt") @Nullable Integer idea,
			@Schema(description = "Der eigene Text der Kommune") String text) {

	}

	record ChangeRequest(@Schema(description = "GEPLANT oder VEROEFFENTLICHT") @Nullable PostStatus status,
			@Schema(description = "Adresse des veröffentlichten Beitrags (https)") @Nullable String url,
			@Schema(description = "Der eigene Text") @Nullable String text,
			@Schema(description = "Reichweite") @Nullable Long reach,
			@Schema(description = "Interaktionen") @Nullable Long interactions,
			@Schema(description = "Neue Follower") @Nullable Long newFollowers) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PostResponse(String id, String municipality, Platform platform, LocalDate date, @Nullable Integer idea,
			String text, PostStatus status, @Nullable String url, PlannedPost.@Nullable Figures figures, long version) {

		static PostResponse of(PlannedPost post) {
			return new PostResponse(post.id(), post.municipality(), post.platform(), post.date(), post.idea(),
					post.text(), post.status(), post.url(), post.figures(),
					(post.version() != null) ? post.version() : 0);
		}

	}

	record ParticipationResponse(String municipality, String name, boolean optedIn, int planned, int published,
			PlannedPost.Figures figures) {

	}

	/**
	 * @param municipalities every member municipality, in the group's order
	 */
	record StateResponse(List<ParticipationResponse> municipalities, PlannedPost.Figures total) {

		static StateResponse of(CampaignPlan plan) {
			return new StateResponse(plan.participation()
				.stream()
				.map((entry) -> new ParticipationResponse(entry.municipality().slug(), entry.municipality().name(),
						entry.optedIn(), entry.planned(), entry.published(), entry.figures()))
				.toList(), plan.total());
		}

	}

}
