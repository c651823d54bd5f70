package de.impulsnetz.practice.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member found a practice helpful. One per member and practice, kept so by the unique
 * index even when the button is pressed twice at once.
 */
@Document("practice_helpful")
@CompoundIndex(name = "practice_member", def = "{'practiceId': 1, 'memberId': 1}", unique = true)
public record HelpfulMark(@Id @Nullable String id, String practiceId, String memberId, Instant at) {

}
