package de.impulsnetz.practice.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A municipality took over a practice ("Übernommen"): the spread of a good idea. One per
 * municipality and practice.
 *
 * @param memberId who marked it; removed when that member deletes their account, the
 * adoption stays with the municipality
 */
@Document("practice_adoptions")
@CompoundIndex(name = "practice_municipality", def = "{'practiceId': 1, 'municipality': 1}", unique = true)
public record Adoption(@Id @Nullable String id, String practiceId, String municipality, @Nullable String memberId,
		Instant at) {

}
