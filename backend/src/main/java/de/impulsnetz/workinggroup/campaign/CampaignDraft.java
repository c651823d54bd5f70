package de.impulsnetz.workinggroup.campaign;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import de.impulsnetz.shared.text.Markdown;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as its coordinators write it; {@link Campaigns} checks it.
 *
 * @param hashtags with or without {@code #}; stored without
 */
public record CampaignDraft(String title, String theme, String goal, @Nullable LocalDate start, @Nullable LocalDate end,
		List<String> hashtags, List<Campaign.Material> material, @Nullable String kickoff) {

	public static final int MAX_TITLE = 160;

	public static final int MAX_TEXT = 20_000;

	public CampaignDraft {
		title = (title != null) ? title.strip() : "";
		theme = (theme != null) ? theme.strip() : "";
		goal = (goal != null) ? goal.strip() : "";
		hashtags = normalised(hashtags);
		material = (material != null) ? List.copyOf(material) : List.of();
		kickoff = (kickoff == null || kickoff.isBlank()) ? null : kickoff.strip();
	}

	/**
	 * Hashtags as stored: split at spaces and commas, without {@code #}, each once.
	 */
	public static List<String> normalised(@Nullable List<String> hashtags) {
		return (hashtags != null) ? hashtags.stream()
			.filter(java.util.Objects::nonNull)
			.flatMap((tag) -> Arrays.stream(tag.split("[\\s,]+")))
			.map((tag) -> tag.replaceFirst("^#+", "").strip())
			.filter((tag) -> !tag.isEmpty())
			.distinct()
			.toList() : List.of();
	}

	/**
	 * The campaign as it is, to change a part of it.
	 */
	public static CampaignDraft of(Campaign campaign) {
		return new CampaignDraft(campaign.title(), campaign.theme(), campaign.goal(), campaign.start(), campaign.end(),
				campaign.hashtags(), campaign.material(), campaign.kickoff());
	}

	/**
	 * The same with one more item of shared material.
	 */
	public CampaignDraft withMaterial(Campaign.Material item) {
		List<Campaign.Material> more = new java.util.ArrayList<>(this.material);
		more.add(item);
		return new CampaignDraft(this.title, this.theme, this.goal, this.start, this.end, this.hashtags, more,
				this.kickoff);
	}

	/**
	 * The same with the material the campaign has: a form that edits the rest keeps it.
	 */
	public CampaignDraft withMaterialOf(Campaign campaign) {
		return new CampaignDraft(this.title, this.theme, this.goal, this.start, this.end, this.hashtags,
				campaign.material(), this.kickoff);
	}

	/**
	 * The message key of what is wrong, or {@code null}.
	 */
	@Nullable String problem() {
		if (this.title.isEmpty() || this.title.length() > MAX_TITLE) {
			return "workinggroup.campaign.invalid.title";
		}
		if (this.start == null || this.end == null || this.end.isBefore(this.start)) {
			return "workinggroup.campaign.invalid.period";
		}
		if (this.theme.length() + this.goal.length() > MAX_TEXT || this.material.stream()
			.anyMatch((item) -> item.title().isEmpty() || item.text().length() > MAX_TEXT)) {
			return "workinggroup.campaign.invalid.material";
		}
		if (this.material.stream()
			.map((item) -> Markdown.imageProblems(item.text()))
			.anyMatch((images) -> images.withoutAlt() || images.foreign())) {
			return "workinggroup.campaign.invalid.images";
		}
		if (this.hashtags.stream().anyMatch((tag) -> !tag.matches("[\\p{L}\\p{N}_]{1,60}"))) {
			return "workinggroup.campaign.invalid.hashtags";
		}
		return null;
	}

}
