package de.impulsnetz.practice.comments;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * A question to the authors of a practice, or an answer to one.
 *
 * @param answerTo the question this answers, or {@code null} for a question
 * @param byAuthors whether it was written by a member of an authoring municipality (shown
 * as the authors' answer)
 * @param text Markdown, sanitised when shown
 * @param reportedBy members who reported it to the editors
 * @param hiddenBy the editor who hid it, or {@code null} while visible
 */
@Document("practice_comments")
// The questions on a case page, in order.
@CompoundIndex(name = "practice_at", def = "{'practiceId': 1, 'at': 1}")
public record Comment(@Id @Nullable String id, String practiceId, @Nullable String answerTo, @Nullable String memberId,
		String memberName, @Nullable String municipality, boolean byAuthors, String text, Instant at,
		Set<String> reportedBy, @Nullable String hiddenBy) {

	public Comment {
		reportedBy = (reportedBy != null) ? Set.copyOf(reportedBy) : Set.of();
	}

	public boolean isHidden() {
		return this.hiddenBy != null;
	}

}
