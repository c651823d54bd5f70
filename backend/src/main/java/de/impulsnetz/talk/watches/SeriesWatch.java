package de.impulsnetz.talk.watches;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member follows a talk series and gets a mail when a summary or a recording of it is
 * published. The token in every mail ends it without login.
 *
 * @param series the series' slug
 */
@Document("talk_series_watches")
@CompoundIndex(name = "member_series", def = "{'memberId': 1, 'series': 1}", unique = true)
public record SeriesWatch(@Id @Nullable String id, String memberId, String email, String series,
		@Indexed(unique = true) String token, Instant since) {

}
