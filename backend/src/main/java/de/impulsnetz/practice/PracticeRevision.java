package de.impulsnetz.practice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One saved version of a practice's content. Every save adds one; none is ever changed or
 * removed, so any two can be compared.
 *
 * @param savedBy member id, or {@code null} for an import from {@code content/}
 * @param savedByName the name shown in the version list
 */
@Document("practice_revisions")
@CompoundIndex(name = "practice_number", def = "{'practiceId': 1, 'number': 1}", unique = true)
public record PracticeRevision(@Id @Nullable String id, String practiceId, int number, PracticeContent content,
		Instant savedAt, @Nullable String savedBy, String savedByName) {

}
