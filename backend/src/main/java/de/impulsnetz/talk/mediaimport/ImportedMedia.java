package de.impulsnetz.talk.mediaimport;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which version of each file a talk's content file names was stored last, so that
 * importing the same files again does nothing.
 *
 * @param id the talk's id
 * @param hashes SHA-256 of each stored file by its role, e.g. {@code recording},
 * {@code captions-de}
 */
@Document("talkImportedMedia")
record ImportedMedia(@Id String id, Map<String, String> hashes) {

	ImportedMedia {
		hashes = Map.copyOf(hashes);
	}

}
