package de.impulsnetz.barcamp.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.Members;
import de.impulsnetz.PageClient;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.barcamp.People;
import de.impulsnetz.barcamp.proposal.SessionProposal;
import de.impulsnetz.barcamp.Voting;
import de.impulsnetz.barcamp.VotingMode;
import de.impulsnetz.barcamp.proposal.Proposals;
import de.impulsnetz.barcamp.proposal.VoteRefused;
import de.impulsnetz.barcamp.proposal.Votes;
import de.impulsnetz.barcamp.registration.Registrations;
import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.Berlin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The event page states the deadlines and voting rules the services enforce, nobody votes
 * for their own proposal, and every order of the board does what its label says.
 */
@IntegrationTest
class EventRulesAndBoardTests {

	private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d. MMMM yyyy, HH:mm 'Uhr'",
			Locale.GERMAN);

	private final PageClient pages;

	EventRulesAndBoardTests(@Autowired ApplicationContext context) {
		this.pages = new PageClient(context);
	}

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
	void theEventPageStatesDeadlinesAndAPointsBudgetWithWhatIsLeft() {
		Instant closes = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Event event = this.calendar
			.create(Members.ORGANISER, People.barcamp(20, new Voting(VotingMode.BUDGET, 5, true, closes)))
			.block();
		String page = "/veranstaltungen/" + event.slug();
		String start = GERMAN.format(Berlin.local(event.startsAt()));
		String end = GERMAN.format(Berlin.local(event.endsAt()));
		assertThat(this.pages.get(null, page, HttpStatus.OK))
			.contains("Fristen und Regeln", "Teilnehmen", "bis " + start, "Sessions vorschlagen", "bis " + end,
					"Abstimmen", "bis " + GERMAN.format(Berlin.local(closes)),
					"Mit Punkten: Wer teilnimmt, verteilt 5 Punkte auf die Vorschläge",
					"sehen alle erst, wenn die Abstimmung vorbei ist.", "Für eigene Vorschläge stimmen Sie nicht ab")
			// Only someone who votes hears what is left.
			.doesNotContain("zu vergeben");

		Member member = Members.member("regeln", 1);
		this.registrations.register(event, member).block();
		SessionProposal proposal = this.proposals
			.propose(event, Members.ORGANISER, People.proposal("Punkte zählen"), "Eva")
			.block();
		assertThat(this.pages.get(member, page, HttpStatus.OK)).contains("Sie haben noch 5 Punkte von 5 zu vergeben.");
		this.votes.cast(event, proposal, member, 4).block();
		assertThat(this.pages.get(member, page, HttpStatus.OK)).contains("Sie haben noch 1 Punkt von 5 zu vergeben.");
		this.votes.cast(event, proposal, member, 5).block();
		assertThat(this.pages.get(member, page, HttpStatus.OK))
			.contains("Sie haben noch keinen Punkt von 5 zu vergeben.");
	}

	@Test
	void theEventPageStatesThePlusOneRuleWithVisibleTallies() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(20, Voting.PLUS_ONE)).block();
		Member member = Members.member("plus", 1);
		this.registrations.register(event, member).block();
		String page = "/veranstaltungen/" + event.slug();
		assertThat(this.pages.get(member, page, HttpStatus.OK)).contains("Mit +1: Sie geben jedem Vorschlag",
				"sehen alle schon während der Abstimmung.", "Sie haben noch für keinen Vorschlag gestimmt.");
		SessionProposal proposal = this.proposals
			.propose(event, Members.ORGANISER, People.proposal("Eine Stimme"), "Eva")
			.block();
		this.votes.cast(event, proposal, member, 1).block();
		assertThat(this.pages.get(member, page, HttpStatus.OK)).contains("Sie haben für 1 Vorschlag gestimmt.");
	}

	@Test
	void nobodyVotesForTheirOwnProposalOnTheBoardOrElsewhere() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(20, Voting.PLUS_ONE)).block();
		Member proposer = Members.member("eigen", 1);
		this.registrations.register(event, proposer).block();
		SessionProposal own = this.proposals.propose(event, proposer, People.proposal("Mein Thema"), null).block();
		SessionProposal other = this.proposals
			.propose(event, Members.ORGANISER, People.proposal("Fremdes Thema"), "Eva")
			.block();

		assertThatExceptionOfType(VoteRefused.class).isThrownBy(() -> this.votes.cast(event, own, proposer, 1).block())
			.extracting(VoteRefused::messageKey)
			.isEqualTo("barcamp.vote.refused.own");
		assertThat(this.votes.tallies(event.slug()).block()).doesNotContainKey(own.id());
		// Other proposals take the proposer's vote, and the organiser who entered one on
		// someone's behalf may vote for it.
		assertThat(this.votes.cast(event, other, proposer, 1).block().points()).isEqualTo(1);
		assertThat(this.votes.cast(event, other, Members.ORGANISER, 1).block().points()).isEqualTo(1);

		String board = "/veranstaltungen/" + event.slug() + "/sessions";
		assertThat(this.pages.get(proposer, board, HttpStatus.OK))
			.contains("Ihr eigener Vorschlag: Dafür stimmen Sie nicht ab.")
			.doesNotContain("/sessions/" + own.id() + "/stimme")
			.contains("/sessions/" + other.id() + "/stimme");
		MultiValueMap<String, String> plusOne = new LinkedMultiValueMap<>();
		plusOne.add("points", "1");
		this.pages.as(proposer)
			.post()
			.uri(board + "/" + own.id() + "/stimme")
			.body(BodyInserters.fromFormData(plusOne))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location(board + "?eigener=" + own.slug() + "#meldung");
		// The warning stands at the proposal voted on.
		String refused = this.pages.get(proposer, board + "?eigener=" + own.slug(), HttpStatus.OK);
		assertThat(refused.substring(refused.indexOf("id=\"vorschlag-" + own.slug() + "\"")))
			.contains("Für eigene Vorschläge können Sie nicht abstimmen.", "kern-alert--warning");
	}

	@Test
	void everyOrderOfTheBoardDoesWhatItsLabelSays() {
		Event event = this.calendar.create(Members.ORGANISER, People.barcamp(20, Voting.PLUS_ONE)).block();
		Instant earlier = Instant.now().minus(1, ChronoUnit.HOURS);
		SessionProposal old = proposed(event, "Bravo alt", earlier);
		SessionProposal middle = proposed(event, "Charlie mittel", earlier.plus(1, ChronoUnit.MINUTES));
		SessionProposal fresh = proposed(event, "Alpha neu", earlier.plus(2, ChronoUnit.MINUTES));
		Member first = Members.member("ordnung", 1);
		Member second = Members.member("ordnung", 2);
		this.registrations.register(event, first).block();
		this.registrations.register(event, second).block();
		this.votes.cast(event, middle, first, 1).block();
		this.votes.cast(event, middle, second, 1).block();
		this.votes.cast(event, fresh, first, 1).block();
		assertThat(old.id()).isNotNull();

		String board = "/veranstaltungen/" + event.slug() + "/sessions";
		assertThat(titlesIn(this.pages.get(null, board, HttpStatus.OK))).as("default: Neueste zuerst")
			.containsExactly("Alpha neu", "Charlie mittel", "Bravo alt");
		assertThat(titlesIn(this.pages.get(null, board + "?reihenfolge=neu", HttpStatus.OK)))
			.containsExactly("Alpha neu", "Charlie mittel", "Bravo alt");
		assertThat(titlesIn(this.pages.get(null, board + "?reihenfolge=stimmen", HttpStatus.OK)))
			.containsExactly("Charlie mittel", "Alpha neu", "Bravo alt");
		assertThat(titlesIn(this.pages.get(null, board + "?reihenfolge=wenigste", HttpStatus.OK)))
			.containsExactly("Bravo alt", "Alpha neu", "Charlie mittel");
		assertThat(titlesIn(this.pages.get(null, board + "?reihenfolge=titel", HttpStatus.OK)))
			.containsExactly("Alpha neu", "Bravo alt", "Charlie mittel");
	}

	private SessionProposal proposed(Event event, String title, Instant at) {
		return this.mongo
			.insert(SessionProposal.proposed(event.slug(), de.impulsnetz.shared.text.Slugs.of(title),
					People.proposal(title), "Eva", null, null, Members.ORGANISER.id(), at))
			.block();
	}

	/**
	 * The proposal titles in the order the board lists them.
	 */
	private static List<String> titlesIn(String board) {
		return java.util.regex.Pattern
			.compile("<li class=\"proposal-board__item\"[^>]*>\\s*<h2[^>]*>\\s*<a[^>]*>([^<]+)</a>")
			.matcher(board)
			.results()
			.map((match) -> match.group(1))
			.toList();
	}

}
