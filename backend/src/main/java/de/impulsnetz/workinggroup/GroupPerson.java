package de.impulsnetz.workinggroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone in a working group: a member of the Impulsnetz, with the municipality they
 * belong to.
 *
 * @param coordinator coordinates the group (invites, accepts, plans meetings)
 * @param email where the group's Verteiler mails go: the address of the login with which
 * the person joined, renewed whenever she comes to the group with another one; none for
 * people who joined before the Verteiler (until they come again)
 */
public record GroupPerson(String memberId, String name, @Nullable String municipality, boolean coordinator,
		Instant joinedAt, @Nullable String email) {

	GroupPerson asCoordinator() {
		return new GroupPerson(this.memberId, this.name, this.municipality, true, this.joinedAt, this.email);
	}

}
