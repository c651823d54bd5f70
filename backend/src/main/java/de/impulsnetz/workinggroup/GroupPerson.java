package de.impulsnetz.workinggroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone in a working group: a member of the Impulsnetz, with the municipality they
 * belong to.
 *
 * @param coordinator coordinates the group (invites, accepts, plans meetings)
 */
public record GroupPerson(String memberId, String name, @Nullable String municipality, boolean coordinator,
		Instant joinedAt) {

	GroupPerson asCoordinator() {
		return new GroupPerson(this.memberId, this.name, this.municipality, true, this.joinedAt);
	}

}
