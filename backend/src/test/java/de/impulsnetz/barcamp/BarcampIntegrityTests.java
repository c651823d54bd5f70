package de.impulsnetz.barcamp;

import de.impulsnetz.barcamp.proposal.SessionProposal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.impulsnetz.Members;
import de.impulsnetz.TestMailServer;
import de.impulsnetz.IntegrationTest;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.proposal.VoteRefused;
import de.impulsnetz.barcamp.proposal.Votes;
import de.impulsnetz.barcamp.registration.Registration;
import de.impulsnetz.barcamp.registration.RegistrationStatus;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.barcamp.registration.Roster;
import de.impulsnetz.identity.Member;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Integrity without transactions, on the embedded MongoDB-wire server: seats and votes
 * hold under many concurrent requests, and a cancellation moves exactly one person up.
 */
@IntegrationTest
class BarcampIntegrityTests {

	@RegisterExtension
	static final TestMailServer SMTP = new TestMailServer();

	@Autowired
	EventCalendar calendar;

	@Autowired
	Registrations registrations;

	@Autowired
	Proposals proposals;

	@Autowired
	Votes votes;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void threeHundredConcurrentRegistrationsForThirtySeats() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(30, Voting.PLUS_ONE)).block();
		Map<RegistrationStatus, Long> answers = Flux.range(0, 300)
			.flatMap((n) -> this.registrations.register(event, Members.member("r", n))
				.subscribeOn(Schedulers.parallel()), 300)
			.collect(Collectors.groupingBy((status) -> status, Collectors.counting()))
			.block();
		assertThat(answers).containsEntry(RegistrationStatus.BESTAETIGT, 30L)
			.containsEntry(RegistrationStatus.WARTELISTE, 270L);
		Roster roster = this.registrations.roster(event).block();
		assertThat(roster.confirmed()).hasSize(30);
		assertThat(roster.confirmedCount()).isEqualTo(30);
		assertThat(roster.waiting()).hasSize(270);
		assertThat(roster.everyone().map(Registration::memberId).distinct()).hasSize(300);
	}

	@Test
	void aCancellationMovesExactlyOnePersonUpAndTellsThemByMail() throws Exception {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(3, Voting.PLUS_ONE)).block();
		for (int n = 0; n < 6; n++) {
			this.registrations.register(event, Members.member("c", n)).block();
		}
		assertThat(this.registrations.register(event, Members.member("c", 1)).block())
			.isEqualTo(RegistrationStatus.BESTAETIGT);
		assertThat(this.registrations.cancel(event, "c-1").block()).isTrue();

		Roster roster = this.registrations.roster(event).block();
		assertThat(roster.confirmed()).extracting(Registration::memberId).containsExactly("c-0", "c-2", "c-3");
		assertThat(roster.waiting()).extracting(Registration::memberId).containsExactly("c-4", "c-5");
		assertThat(roster.confirmed().get(2).promotedAt()).isNotNull();
		// The mail was in the outbox before the cancellation was answered.
		assertThat(this.mongo.count(Query.query(Criteria.where("to").is("c3@kommune.example")), "mailOutbox").block())
			.isEqualTo(1);
		await().until(() -> SMTP.getReceivedMessages().length == 1);
		MimeMessage mail = SMTP.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("c3@kommune.example");
		assertThat(mail.getSubject()).contains(event.title());
		assertThat(mail.getContent().toString()).contains("/veranstaltungen/" + event.slug());

		// Leaving the waiting list moves nobody.
		assertThat(this.registrations.cancel(event, "c-5").block()).isTrue();
		assertThat(this.registrations.cancel(event, "c-5").block()).isFalse();
		assertThat(this.registrations.roster(event).block().confirmed()).hasSize(3);
	}

	@Test
	void concurrentCancellationsFillExactlyTheFreedSeats() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(20, Voting.PLUS_ONE)).block();
		Flux.range(0, 60).concatMap((n) -> this.registrations.register(event, Members.member("k", n))).blockLast();
		Flux.range(0, 10)
			.flatMap((n) -> this.registrations.cancel(event, "k-" + n).subscribeOn(Schedulers.parallel()), 10)
			.blockLast();
		Roster roster = this.registrations.roster(event).block();
		assertThat(roster.confirmed()).hasSize(20);
		assertThat(roster.confirmedCount()).isEqualTo(20);
		assertThat(roster.waiting()).hasSize(30);
		// The first ten of the waiting list moved up, in order.
		assertThat(roster.confirmed().stream().map(Registration::memberId).collect(Collectors.toSet()))
			.containsAll(Flux.range(20, 10).map((n) -> "k-" + n).collectList().block());
		assertThat(roster.waiting().get(0).memberId()).isEqualTo("k-30");
	}

	@Test
	void twoHundredMembersVotingAtOnceGiveExactCounts() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(600, Voting.PLUS_ONE)).block();
		List<Member> voters = Flux.range(0, 200).map((n) -> Members.member("v", n)).collectList().block();
		Flux.fromIterable(voters).flatMap((voter) -> this.registrations.register(event, voter), 50).blockLast();
		List<SessionProposal> board = Flux.range(1, 3)
			.concatMap((n) -> this.proposals.propose(event, Members.ORGANISER, People.proposal("Thema " + n), null))
			.collectList()
			.block();
		// Every member votes for every proposal, each vote sent twice at the same time.
		Flux.fromIterable(voters)
			.flatMap((voter) -> Flux.fromIterable(board)
				.flatMap((proposal) -> Flux.just(1, 2)
					.flatMap((twice) -> this.votes.cast(event, proposal, voter, 1).subscribeOn(Schedulers.parallel()))))
			.blockLast();
		Map<String, Integer> tallies = this.votes.tallies(event.slug()).block();
		board.forEach((proposal) -> assertThat(tallies).containsEntry(proposal.id(), 200));
		assertThat(this.votes.all(event.slug()).count().block()).isEqualTo(600);

		// Changing one's mind: a withdrawn vote counts no more, withdrawing twice changes
		// nothing.
		SessionProposal first = board.get(0);
		assertThat(this.votes.withdraw(event, first, Members.member("v", 7)).block()).isTrue();
		assertThat(this.votes.withdraw(event, first, Members.member("v", 7)).block()).isFalse();
		assertThat(this.votes.tallies(event.slug()).block()).containsEntry(first.id(), 199);
	}

	@Test
	void aPointsBudgetHoldsAndPointsComeBackWhenAVoteIsWithdrawn() {
		Event event = this.calendar
			.create(Members.ORGANISER, People.barcamp(50, new Voting(VotingMode.BUDGET, 5, false, null)))
			.block();
		Member voter = Members.member("b", 1);
		this.registrations.register(event, voter).block();
		SessionProposal a = this.proposals.propose(event, Members.ORGANISER, People.proposal("A"), null).block();
		SessionProposal b = this.proposals.propose(event, Members.ORGANISER, People.proposal("B"), null).block();
		this.votes.cast(event, a, voter, 3).block();
		assertThatExceptionOfType(VoteRefused.class).isThrownBy(() -> this.votes.cast(event, b, voter, 3).block())
			.extracting(VoteRefused::messageKey)
			.isEqualTo("barcamp.vote.refused.budget");
		assertThatExceptionOfType(VoteRefused.class).isThrownBy(() -> this.votes.cast(event, b, voter, 6).block());
		this.votes.cast(event, b, voter, 2).block();
		assertThat(this.votes.remaining(event, voter.id()).block()).isZero();
		// Moving a point from A to B.
		this.votes.cast(event, a, voter, 2).block();
		this.votes.cast(event, b, voter, 3).block();
		assertThat(this.votes.of(event.slug(), voter.id()).block()).containsEntry(a.id(), 2).containsEntry(b.id(), 3);
		this.votes.withdraw(event, a, voter).block();
		assertThat(this.votes.remaining(event, voter.id()).block()).isEqualTo(2);

		// Many concurrent votes of one member never overdraw the budget.
		List<SessionProposal> more = Flux.range(0, 8)
			.concatMap((n) -> this.proposals.propose(event, Members.ORGANISER, People.proposal("Mehr " + n), null))
			.collectList()
			.block();
		Flux.fromIterable(more)
			.flatMap((proposal) -> this.votes.cast(event, proposal, voter, 1)
				.onErrorResume(VoteRefused.class, (refused) -> reactor.core.publisher.Mono.empty())
				.subscribeOn(Schedulers.parallel()))
			.blockLast();
		int spent = this.votes.of(event.slug(), voter.id()).block().values().stream().mapToInt(Integer::intValue).sum();
		assertThat(spent).isEqualTo(5);
		assertThat(this.votes.remaining(event, voter.id()).block()).isZero();
	}

	@Test
	void withdrawingAProposalGivesTheVotesBack() {
		Event event = this.calendar
			.create(Members.ORGANISER, People.barcamp(50, new Voting(VotingMode.BUDGET, 3, false, null)))
			.block();
		Member proposer = Members.member("w", 1);
		Member voter = Members.member("w", 2);
		this.registrations.register(event, proposer).block();
		this.registrations.register(event, voter).block();
		SessionProposal proposal = this.proposals.propose(event, proposer, People.proposal("Zurückgezogen"), null)
			.block();
		this.votes.cast(event, proposal, voter, 3).block();
		assertThat(this.votes.remaining(event, voter.id()).block()).isZero();
		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.proposals.withdraw(event, voter, proposal.id()).block());
		this.proposals.withdraw(event, proposer, proposal.id()).block();
		assertThat(this.votes.remaining(event, voter.id()).block()).isEqualTo(3);
		assertThat(this.proposals.open(event.slug()).collectList().block()).isEmpty();
	}

	@Test
	void onlyRegisteredMembersProposeAndOrganisersMayProposeForOthers() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		Member stranger = Members.member("s", 1);
		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.proposals.propose(event, stranger, People.proposal("Ohne Anmeldung"), null).block())
			.extracting(EventDenied::messageKey)
			.isEqualTo("barcamp.denied.notRegistered");
		this.registrations.register(event, stranger).block();
		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.proposals.propose(event, stranger, People.proposal("Für andere"), "Jemand").block());
		SessionProposal pinned = this.proposals
			.propose(event, Members.ORGANISER, People.proposal("Von der Pinnwand"), "Frau Beispiel vom Jobcenter")
			.block();
		assertThat(pinned.proposer()).isEqualTo("Frau Beispiel vom Jobcenter");
		assertThat(pinned.proposerId()).isNull();
		// The same title twice gets a second address.
		SessionProposal again = this.proposals
			.propose(event, Members.ORGANISER, People.proposal("Von der Pinnwand"), "Noch jemand")
			.block();
		assertThat(again.slug()).isEqualTo(pinned.slug() + "-2");
		assertThat(Set.of(EventRights.isOrganiser(Members.OTHER_ORGANISER, event),
				EventRights.isOrganiser(Members.ADMIN, event)))
			.containsExactlyInAnyOrder(false, true);
	}

	@Test
	void aMemberProposesAtMostTenSessionsAnHour() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(50, Voting.PLUS_ONE)).block();
		Member eager = Members.member("eager", 1);
		this.registrations.register(event, eager).block();
		Flux.range(0, Proposals.MAX_PER_HOUR)
			.concatMap((n) -> this.proposals.propose(event, eager, People.proposal("Idee " + n), null))
			.blockLast();
		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.proposals.propose(event, eager, People.proposal("Noch eine"), null).block())
			.extracting(EventDenied::messageKey)
			.isEqualTo("barcamp.denied.proposalLimit");
	}

	@Test
	void nobodyRegistersAfterTheDeadline() {
		NewEvent open = People.barcamp(10, Voting.PLUS_ONE);
		NewEvent closed = new NewEvent(open.title(), open.kind(), open.start(), open.end(), open.venue(),
				open.capacity(), open.description(), open.rooms(), open.slots(),
				new Window(null, Instant.now().minusSeconds(60)), null, open.voting());
		Event event = this.calendar.create(Members.ORGANISER, closed).block();
		assertThatExceptionOfType(EventDenied.class)
			.isThrownBy(() -> this.registrations.register(event, Members.member("late", 1)).block())
			.extracting(EventDenied::messageKey)
			.isEqualTo("barcamp.denied.registrationClosed");
		assertThat(this.registrations.roster(event).block().everyone()).isEmpty();
	}

}
