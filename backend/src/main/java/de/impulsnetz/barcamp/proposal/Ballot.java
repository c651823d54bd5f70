package de.impulsnetz.barcamp.proposal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The points a member has given in one event, kept so that a budget holds with one
 * conditional update ({@code spent + points <= budget}).
 *
 * @param id {@code event/memberId}
 */
@Document("ballots")
public record Ballot(@Id String id, String event, String memberId, int spent) {

	static String idOf(String event, String memberId) {
		return event + "/" + memberId;
	}

}
