package de.impulsnetz.practice.watches;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member follows a case (answers to questions), a topic or a channel (new cases) and
 * gets an email. The token in every mail ends it without login.
 *
 * @param target a case's slug, a topic, or a channel's name
 */
@Document("practice_watches")
@CompoundIndex(name = "member_target", def = "{'memberId': 1, 'kind': 1, 'target': 1}", unique = true)
public record Watch(@Id @Nullable String id, String memberId, String email, Kind kind, String target,
		@Indexed(unique = true) String token, Instant since) {

	public enum Kind {

		CASE, TOPIC, CHANNEL

	}

}
