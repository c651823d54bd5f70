package de.impulsnetz.workinggroup.campaign;

import java.time.Instant;
import java.time.LocalDate;

import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One row of a campaign's posting plan: a municipality posts on a channel on a day, in
 * its own words. One row per campaign, municipality, platform and day: the unique index
 * keeps a double submission from making two.
 *
 * @param campaign the campaign's id
 * @param idea number (from 1) of the shared material it follows, or {@code null}
 * @param text the municipality's own text
 * @param url the published post's address (https), once published
 * @param figures what the post reached, entered after the campaign; {@code null} until
 * then
 */
@Document("campaignPlan")
@CompoundIndex(name = "campaign_municipality_platform_date",
		def = "{'campaign': 1, 'municipality': 1, 'platform': 1, 'date': 1}", unique = true)
public record PlannedPost(@Id @Nullable String id, String campaign, String municipality, Platform platform,
		LocalDate date, @Nullable Integer idea, String text, PostStatus status, @Nullable String url,
		@Nullable Figures figures, @Nullable String createdBy, Instant createdAt, @Version @Nullable Long version) {

	/**
	 * Reach, interactions and new followers of one post; each never negative.
	 */
	public record Figures(long reach, long interactions, long newFollowers) {

		public static final Figures NONE = new Figures(0, 0, 0);

		public Figures plus(@Nullable Figures other) {
			return (other == null) ? this : new Figures(this.reach + other.reach,
					this.interactions + other.interactions, this.newFollowers + other.newFollowers);
		}

	}

}
