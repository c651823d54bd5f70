package de.impulsnetz.workinggroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member of a member municipality asks to be in the group; a coordinator accepts or
 * declines.
 *
 * @param message why they want to join, in their words (optional, plain text)
 */
public record JoinRequest(String memberId, String name, @Nullable String municipality, @Nullable String message,
		Instant requestedAt) {

}
