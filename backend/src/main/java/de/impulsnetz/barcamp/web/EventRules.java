package de.impulsnetz.barcamp.web;

import java.time.Instant;
import java.time.LocalDateTime;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.Window;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines and voting rules the event page states, read from the event's own rules
 * ({@link Event#registrationWindow()}, {@link Event#proposalWindow()},
 * {@link Event#votingRules()}), so the page says what the services enforce.
 *
 * @param sessions whether members propose and vote on sessions (barcamps)
 * @param budget points per member, 0 for "+1"
 * @param remaining points the viewer has left; {@code null} unless the viewer votes in a
 * points budget
 * @param voted proposals the viewer gave a vote; {@code null} unless the viewer votes
 */
record EventRules(Period registration, boolean sessions, Period proposing, Period voting, int budget,
		boolean hiddenUntilClosed, @Nullable Integer remaining, @Nullable Integer voted) {

	/**
	 * A window as the page shows it, in Berlin time.
	 */
	record Period(@Nullable LocalDateTime opens, @Nullable LocalDateTime closes, boolean over) {

		static Period of(Window window, Instant now) {
			return new Period((window.opens() != null) ? Berlin.local(window.opens()) : null,
					(window.closes() != null) ? Berlin.local(window.closes()) : null, window.hasClosed(now));
		}

	}

	/**
	 * @param voter whether the viewer may vote now
	 * @param remaining the viewer's points left in a budget
	 * @param voted how many proposals the viewer voted for
	 */
	static EventRules of(Event event, Instant now, boolean voter, int remaining, int voted) {
		Voting rules = event.votingRules();
		boolean budget = rules.mode() == VotingMode.BUDGET;
		return new EventRules(Period.of(event.registrationWindow(), now),
				event.kind() == EventKind.BARCAMP || event.hasSessionPlan(), Period.of(event.proposalWindow(), now),
				Period.of(event.votingWindow(), now), budget ? rules.budget() : 0, rules.hiddenUntilClosed(),
				(voter && budget) ? remaining : null, voter ? voted : null);
	}

}
