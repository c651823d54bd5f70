package de.impulsnetz.barcamp.proposal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's vote for a proposal: one per member and proposal, held by a unique index.
 *
 * @param points 1, or up to the budget when the event votes with points
 */
@Document("votes")
@CompoundIndexes({ @CompoundIndex(name = "one_per_member", def = "{'proposalId': 1, 'memberId': 1}", unique = true),
		@CompoundIndex(name = "by_event", def = "{'event': 1}") })
public record Vote(@Id @Nullable String id, String event, String proposalId, String memberId, int points,
		Instant castAt) {

}
