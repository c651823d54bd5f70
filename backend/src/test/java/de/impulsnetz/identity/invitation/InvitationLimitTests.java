package de.impulsnetz.identity.invitation;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.impulsnetz.IntegrationTest;
import de.impulsnetz.PageClient;
import de.impulsnetz.identity.web.InvitationRightsTests;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An organiser sends at most {@code impulsnetz.limits.invitations.per-day} (20)
 * invitations in 24 hours; the records hold who invited into which municipality, not
 * whom, and go with the member's data. Keycloak is down in these tests: invitations
 * through the page fail, and a failed one does not count.
 */
@IntegrationTest
class InvitationLimitTests {

	private static final int PER_DAY = 20;

	@Autowired
	ApplicationContext context;

	@Autowired
	Invitations invitations;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void theTwentyFirstInvitationOfADayIsRefusedAndNotSent() {
		Member organiser = organiser();
		for (int i = 0; i < PER_DAY; i++) {
			this.invitations.record(organiser, "stadt-altena", Mono.empty()).block();
		}
		assertThat(recordsOf(organiser)).hasSize(PER_DAY).allSatisfy((invitation) -> {
			assertThat(invitation.municipality()).isEqualTo("stadt-altena");
			assertThat(invitation.invitedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
		});
		boolean[] sent = { false };
		assertThatExceptionOfType(InvitationLimitReached.class).isThrownBy(
				() -> this.invitations.record(organiser, "stadt-altena", Mono.fromRunnable(() -> sent[0] = true))
					.block());
		assertThat(sent[0]).isFalse();
		assertThat(recordsOf(organiser)).hasSize(PER_DAY);
		// Another organiser has a day of their own.
		this.invitations.record(organiser(), "stadt-altena", Mono.empty()).block();
	}

	@Test
	void invitationsOlderThanADayNoLongerCount() {
		Member organiser = organiser();
		Instant yesterday = Instant.now().minus(Duration.ofHours(25));
		for (int i = 0; i < PER_DAY; i++) {
			this.mongo.insert(new Invitation(null, organiser.id(), "stadt-altena", yesterday)).block();
		}
		this.invitations.record(organiser, "stadt-altena", Mono.empty()).block();
		assertThat(recordsOf(organiser)).hasSize(PER_DAY + 1);
	}

	@Test
	void anInvitationThatWasNotSentDoesNotCount() {
		Member organiser = organiser();
		String page = new PageClient(this.context).post(organiser, "/kommunen/stadt-altena/einladen",
				InvitationRightsTests.invitation(), HttpStatus.BAD_GATEWAY);
		assertThat(page).contains("konnte nicht verschickt werden")
			.doesNotContain("ist verschickt")
			.contains("value=\"neu@example.org\"");
		assertThat(recordsOf(organiser)).isEmpty();
	}

	@Test
	void overTheLimitThePageSaysSoInGermanAndKeepsTheEntries() {
		Member organiser = organiser();
		for (int i = 0; i < PER_DAY; i++) {
			this.invitations.record(organiser, "stadt-altena", Mono.empty()).block();
		}
		String page = new PageClient(this.context).post(organiser, "/kommunen/stadt-altena/einladen",
				InvitationRightsTests.invitation(), HttpStatus.TOO_MANY_REQUESTS);
		assertThat(page).contains("schon 20 Einladungen verschickt")
			.doesNotContain("ist verschickt")
			.contains("value=\"neu@example.org\"");
		assertThat(recordsOf(organiser)).hasSize(PER_DAY);
	}

	@Test
	void theRecordsAreExportedAndErasedWithTheMembersData() {
		Member organiser = organiser();
		this.invitations.record(organiser, "stadt-altena", Mono.empty()).block();
		Member other = organiser();
		this.invitations.record(other, "stadt-altena", Mono.empty()).block();
		assertThat(this.invitations.export(organiser).block()).asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.satisfies((entry) -> assertThat(entry)
				.isEqualTo(Map.of("kommune", "stadt-altena", "eingeladen", ((Map<?, ?>) entry).get("eingeladen"))));
		this.invitations.erase(organiser).block();
		assertThat(recordsOf(organiser)).isEmpty();
		assertThat(recordsOf(other)).hasSize(1);
	}

	private List<Invitation> recordsOf(Member member) {
		return this.mongo.find(Query.query(Criteria.where("inviter").is(member.id())), Invitation.class)
			.collectList()
			.block();
	}

	private static Member organiser() {
		return new Member("o-" + UUID.randomUUID(), "orga", "Olga Orga", null, "stadt-altena",
				Set.of(Role.MEMBER, Role.ORGANISER));
	}

}
