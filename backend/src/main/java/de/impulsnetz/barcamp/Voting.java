package de.impulsnetz.barcamp;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An event's voting rules.
 *
 * @param budget points per member in {@link VotingMode#BUDGET}
 * @param hiddenUntilClosed tallies are shown only after {@code closes}, so early votes do
 * not steer later ones
 * @param closes end of voting; {@code null}: until the event starts
 */
public record Voting(VotingMode mode, int budget, boolean hiddenUntilClosed, @Nullable Instant closes) {

	public static final Voting PLUS_ONE = new Voting(VotingMode.PLUS_ONE, 0, false, null);

	public int maxPoints() {
		return (this.mode == VotingMode.BUDGET) ? this.budget : 1;
	}

}
