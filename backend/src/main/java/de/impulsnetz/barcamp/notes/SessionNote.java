package de.impulsnetz.barcamp.notes;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The shared notes of one session, written during and after it by the proposer, the
 * participants who take notes and the organisers. Two people saving at once are kept
 * apart by the version, so no one's notes are overwritten unseen.
 *
 * @param proposalId the session's proposal, also the id
 * @param text Markdown
 * @param authors everyone who saved the notes, in order of their first save
 */
@Document("sessionNotes")
public record SessionNote(@Id String proposalId, @Indexed String event, String text, List<NoteAuthor> authors,
		@Nullable Instant updatedAt, @Version @Nullable Long version) {

	public SessionNote {
		authors = (authors != null) ? List.copyOf(authors) : List.of();
	}

	/**
	 * Someone who wrote in the notes.
	 */
	public record NoteAuthor(@Nullable String memberId, String name) {

	}

}
