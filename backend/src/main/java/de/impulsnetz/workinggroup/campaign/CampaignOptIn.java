package de.impulsnetz.workinggroup.campaign;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A municipality takes part in a campaign. At most one per campaign and municipality: the
 * unique index keeps concurrent opt-ins to one.
 *
 * @param campaign the campaign's id
 * @param memberId who opted in; gone once they erased their account
 */
@Document("campaignOptIns")
@CompoundIndex(name = "campaign_municipality", def = "{'campaign': 1, 'municipality': 1}", unique = true)
public record CampaignOptIn(@Id @Nullable String id, String campaign, String municipality, @Nullable String memberId,
		Instant at) {

}
