package de.impulsnetz.barcamp.proposal;

import java.time.Instant;

import de.impulsnetz.Members;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.EventDenied;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The voting service itself holds the rule "only members who take part vote, until voting
 * closes", so the board, the API and any later caller cannot forget it.
 */
@IntegrationTest
class VotingRightsTests {

	@Autowired
	EventCalendar calendar;

	@Autowired
	Registrations registrations;

	@Autowired
	Proposals proposals;

	@Autowired
	Votes votes;

	@Test
	void onlyRegisteredMembersVote() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		SessionProposal proposal = this.proposals.propose(event, Members.ORGANISER, People.proposal("Reels"), null)
			.block();
		Member outsider = Members.member("aussen", 1);

		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.votes.cast(event, proposal, outsider, 1).block())
			.extracting(EventDenied::messageKey)
			.isEqualTo("barcamp.denied.notRegistered");
		assertThat(this.votes.tallies(event.slug()).block()).doesNotContainKey(proposal.id());

		this.registrations.register(event, outsider).block();
		assertThat(this.votes.cast(event, proposal, outsider, 1).block().points()).isEqualTo(1);
		assertThat(this.votes.withdraw(event, proposal, outsider).block()).isTrue();
	}

	@Test
	void nobodyVotesOrTakesAVoteBackAfterVotingClosed() {
		Voting closed = new Voting(VotingMode.PLUS_ONE, 0, false, Instant.now().minusSeconds(60));
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(50, closed)).block();
		SessionProposal proposal = this.proposals.propose(event, Members.ORGANISER, People.proposal("Spät"), null)
			.block();
		Member late = Members.member("spaet", 1);
		this.registrations.register(event, late).block();

		assertThatExceptionOfType(EventDenied.class).isThrownBy(() -> this.votes.cast(event, proposal, late, 1).block())
			.extracting(EventDenied::messageKey)
			.isEqualTo("barcamp.denied.votingClosed");
		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.votes.withdraw(event, proposal, late).block());
	}

}
