package de.impulsnetz.talk.summary;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One saved version of a summary. Every save adds one and none is ever changed, so any
 * two can be compared.
 *
 * @param savedBy member id; {@code null} once the member's data was erased
 * @param savedByName the name the version list shows
 */
@Document("talk_summary_revisions")
@CompoundIndex(name = "talk_number", def = "{'talkId': 1, 'number': 1}", unique = true)
public record SummaryRevision(@Id @Nullable String id, String talkId, int number, String markdown, Instant savedAt,
		@Nullable String savedBy, String savedByName) {

}
