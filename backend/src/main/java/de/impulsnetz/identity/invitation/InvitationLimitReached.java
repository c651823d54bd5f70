package de.impulsnetz.identity.invitation;

/**
 * The member has sent as many invitations in the last 24 hours as
 * {@code impulsnetz.limits.invitations.per-day} allows. Pages say so; the API answers
 * 429.
 */
public class InvitationLimitReached extends RuntimeException {

	private final int perDay;

	InvitationLimitReached(int perDay) {
		super("At most " + perDay + " invitations a day");
		this.perDay = perDay;
	}

	public int perDay() {
		return this.perDay;
	}

}
