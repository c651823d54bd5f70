package de.impulsnetz.talk.plays;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The plays of one talk on one day (Berlin time): a number, nothing about who played.
 *
 * @param id talk id and day, so that counting is one upsert
 */
@Document("talkPlays")
record DailyPlays(@Id String id, @Indexed String talk, LocalDate day, long plays) {

	static String id(String talk, LocalDate day) {
		return talk + "/" + day;
	}

}
