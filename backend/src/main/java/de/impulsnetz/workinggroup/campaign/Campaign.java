package de.impulsnetz.workinggroup.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A joint campaign of a working group. Everything here is public (the shared material is
 * meant to be used); the plan is not part of it.
 *
 * @param group slug of the working group
 * @param hashtags without the leading {@code #}
 * @param material the shared material, in the order the coordinators gave it
 * @param kickoff slug of the group meeting that starts the campaign, or {@code null}
 * @param practice slug of the draft Praxisbeispiel made from it, or {@code null}
 */
@Document("groupCampaigns")
public record Campaign(@Id @Nullable String id, @Indexed(unique = true) String slug, @Indexed String group,
		String title, String theme, String goal, LocalDate start, LocalDate end, List<String> hashtags,
		List<Material> material, @Nullable String kickoff, @Nullable String practice, Instant createdAt,
		@Nullable Instant editedAt, @Version @Nullable Long version) {

	public Campaign {
		hashtags = (hashtags != null) ? List.copyOf(hashtags) : List.of();
		material = (material != null) ? List.copyOf(material) : List.of();
	}

	/**
	 * The campaign is over: figures may be entered and summed.
	 */
	public boolean isOver(LocalDate today) {
		return this.end.isBefore(today);
	}

	/**
	 * The material item with this number (from 1), for a plan row that follows it.
	 */
	public @Nullable Material idea(@Nullable Integer number) {
		return (number != null && number >= 1 && number <= this.material.size()) ? this.material.get(number - 1) : null;
	}

	Campaign withDetails(CampaignDraft draft, Instant now) {
		return new Campaign(this.id, this.slug, this.group, draft.title(), draft.theme(), draft.goal(), draft.start(),
				draft.end(), draft.hashtags(), draft.material(), draft.kickoff(), this.practice, this.createdAt, now,
				this.version);
	}

	/**
	 * A shared post idea, text or image, with a note on how it may be used.
	 *
	 * @param text Markdown (rendered sanitised); images are Markdown images of this site
	 * that pass the image checks
	 * @param usage how it may be used, e.g. "frei verwendbar, bitte mit eigenem Text"
	 * @param image an image uploaded with it through the image checks, or {@code null}
	 */
	public record Material(String title, String text, String usage, @Nullable Image image) {

		public Material {
			title = (title != null) ? title.strip() : "";
			text = (text != null) ? text.strip() : "";
			usage = (usage != null) ? usage.strip() : "";
		}

		public Material(String title, String text, String usage) {
			this(title, text, usage, null);
		}

		Material withImage(Image image) {
			return new Material(this.title, this.text, this.usage, image);
		}

	}

	/**
	 * An image of the shared material, served by this site like the images of the
	 * Praxisbeispiele.
	 *
	 * @param path where the site serves it, {@code /medien/…}
	 * @param alt its alternative text
	 */
	public record Image(String path, String alt) {

	}

}
