package de.impulsnetz.workinggroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member of a member municipality asks to be in the group; a coordinator accepts or
 * declines.
 *
 * @param message why they want to join, in their words (optional, plain text)
 * @param email the address of the login that asked: the group's mails go there once
 * accepted
 */
public record JoinRequest(String memberId, String name, @Nullable String municipality, @Nullable String message,
		Instant requestedAt, @Nullable String email) {

}
