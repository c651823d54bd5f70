package de.impulsnetz.workinggroup.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a working group keeps of one of its meetings; date, place and registration are the
 * event's.
 *
 * @param event the AG-Treffen's slug, also the id
 * @param group the working group's slug
 * @param agenda Markdown; for the people in the group
 * @param minutes Markdown; for the people in the group until published
 * @param minutesPublished the minutes are a public result of the group
 * @param authors everyone who saved agenda or minutes, in order of their first save
 */
@Document("groupMeetings")
public record Meeting(@Id String event, @Indexed String group, String agenda, String minutes, boolean minutesPublished,
		@Nullable Instant publishedAt, List<Author> authors, @Nullable Instant updatedAt,
		@Version @Nullable Long version) {

	public Meeting {
		agenda = (agenda != null) ? agenda : "";
		minutes = (minutes != null) ? minutes : "";
		authors = (authors != null) ? List.copyOf(authors) : List.of();
	}

	static Meeting planned(String event, String group) {
		return new Meeting(event, group, "", "", false, null, List.of(), null, null);
	}

	public String text(Part part) {
		return (part == Part.AGENDA) ? this.agenda : this.minutes;
	}

	Meeting with(Part part, String text, String memberId, String name, Instant now) {
		List<Author> more = new ArrayList<>(this.authors);
		if (more.stream().noneMatch((author) -> memberId.equals(author.memberId()))) {
			more.add(new Author(memberId, name));
		}
		return new Meeting(this.event, this.group, (part == Part.AGENDA) ? text : this.agenda,
				(part == Part.MINUTES) ? text : this.minutes, this.minutesPublished, this.publishedAt, more, now,
				this.version);
	}

	/**
	 * The two texts of a meeting.
	 */
	public enum Part {

		AGENDA, MINUTES

	}

	/**
	 * Someone who wrote in the agenda or minutes; {@code memberId} is gone once they
	 * erased their account.
	 */
	public record Author(@Nullable String memberId, String name) {

	}

}
