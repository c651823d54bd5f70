package de.impulsnetz.talk.feeds;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That something of a talk was published, as the series' Atom feed lists it: one per talk
 * and kind, updated when it is published again.
 *
 * @param id talk id and kind, so that publishing again updates the entry
 * @param firstAt when it was first published
 * @param updatedAt when it was last published
 */
@Document("talk_publications")
record Publication(@Id String id, String talkId, String series, String slug, Kind kind, Instant firstAt,
		Instant updatedAt) {

	enum Kind {

		SUMMARY, RECORDING

	}

	static String id(String talkId, Kind kind) {
		return talkId + ":" + kind;
	}

}
