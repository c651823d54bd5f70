package de.impulsnetz.barcamp.personal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A session a member wants to attend: their personal plan.
 */
@Document("stars")
@CompoundIndexes({ @CompoundIndex(name = "one_per_member", def = "{'proposalId': 1, 'memberId': 1}", unique = true),
		@CompoundIndex(name = "by_member", def = "{'memberId': 1, 'event': 1}") })
public record Star(@Id @Nullable String id, String event, String proposalId, String memberId, Instant starredAt) {

}
