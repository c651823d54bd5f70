package de.impulsnetz.barcamp.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventKind;
import de.impulsnetz.barcamp.proposal.ProposalFormat;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Venue;
import de.impulsnetz.shared.Berlin;
import org.jspecify.annotations.Nullable;

/**
 * View models of the event pages; the event card and the proposal card are shared by the
 * pages of every sub-domain.
 */
public final class EventViews {

	private EventViews() {
	}

	public record EventCard(String slug, String title, EventKind kind, LocalDateTime startsAt, LocalDateTime endsAt,
			String city) {

		public static EventCard of(Event event) {
			return new EventCard(event.slug(), event.title(), event.kind(), Berlin.local(event.startsAt()),
					Berlin.local(event.endsAt()), event.venue().city());
		}

		public boolean sameDay() {
			return this.startsAt.toLocalDate().equals(this.endsAt.toLocalDate());
		}

	}

	record Organiser(String slug, String name) {

		static List<Organiser> of(Event event, Map<String, String> names) {
			return event.organisers()
				.stream()
				.map((slug) -> new Organiser(slug, names.getOrDefault(slug, slug)))
				.toList();
		}

	}

	record EventPage(EventCard card, Venue venue, List<Organiser> organisers, int capacity, String descriptionHtml,
			List<ProposalCard> proposals) {

	}

	/**
	 * A proposal on the board.
	 *
	 * @param votes the tally, {@code null} while hidden
	 * @param myPoints the viewer's points for it (0: none)
	 * @param mayChange the viewer may edit or withdraw it
	 * @param own the viewer proposed it, so does not vote for it
	 * @param proposedAt when it was proposed; {@code null} for proposals from content
	 * files
	 */
	public record ProposalCard(String id, String slug, String title, ProposalFormat format, String proposer, int length,
			List<String> needs, boolean recordingAllowed, @Nullable Integer votes, int myPoints, boolean mayChange,
			boolean own, @Nullable Instant proposedAt) {

		/**
		 * The proposal as the session pages show it, without tallies.
		 */
		public static ProposalCard of(SessionProposal proposal) {
			return of(proposal, null, 0, false);
		}

		public static ProposalCard of(SessionProposal proposal, @Nullable Integer votes, int myPoints,
				boolean mayChange) {
			return of(proposal, votes, myPoints, mayChange, false);
		}

		public static ProposalCard of(SessionProposal proposal, @Nullable Integer votes, int myPoints,
				boolean mayChange, boolean own) {
			return new ProposalCard(proposal.id(), proposal.slug(), proposal.title(), proposal.format(),
					proposal.proposer(), proposal.length(), proposal.needs().stream().map(Enum::name).sorted().toList(),
					proposal.recordingAllowed(), votes, myPoints, mayChange, own, proposal.proposedAt());
		}

	}

}
