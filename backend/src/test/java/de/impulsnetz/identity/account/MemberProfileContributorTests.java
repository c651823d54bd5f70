package de.impulsnetz.identity.account;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.Role;
import de.impulsnetz.identity.session.KeycloakCheckedSecurityContexts;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import de.impulsnetz.municipality.ProfileEntry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each member's view of a municipality's page does not ask Keycloak again: a counting
 * stand-in for the organization's member list is called once per municipality while the
 * answer is kept, and again after a failure.
 */
class MemberProfileContributorTests {

	private static final Member READER = new Member("m-leser", "lea", "Lea Leser", null, "kreis-steinfurt",
			Set.of(Role.MEMBER));

	private final CurrentMember signedIn = new CurrentMember(
			new StaticListableBeanFactory().getBeanProvider(KeycloakCheckedSecurityContexts.class)) {

		@Override
		public Mono<Member> get() {
			return Mono.just(READER);
		}

	};

	@Test
	void manyViewsOfAMunicipalityAskKeycloakOnce() {
		AtomicInteger calls = new AtomicInteger();
		MemberProfileContributor contributor = new MemberProfileContributor(this.signedIn, (municipality) -> {
			calls.incrementAndGet();
			return Flux.just("Anna Amsel", "Bert Buche");
		}, Duration.ofMinutes(1));
		for (int i = 0; i < 10; i++) {
			assertThat(contributor.entriesFor("kreis-steinfurt").map(ProfileEntry::title).collectList().block())
				.containsExactly("Anna Amsel", "Bert Buche");
		}
		assertThat(calls).hasValue(1);
		contributor.entriesFor("stadt-rheine").collectList().block();
		assertThat(calls).hasValue(2);
	}

	@Test
	void aFailedCallIsNotKept() {
		AtomicInteger calls = new AtomicInteger();
		MemberProfileContributor contributor = new MemberProfileContributor(
				this.signedIn, (municipality) -> (calls.incrementAndGet() == 1)
						? Flux.error(new IllegalStateException("Keycloak weg")) : Flux.just("Anna Amsel"),
				Duration.ofMinutes(1));
		assertThat(contributor.entriesFor("kreis-steinfurt").collectList().block()).isEmpty();
		assertThat(contributor.entriesFor("kreis-steinfurt").map(ProfileEntry::title).collectList().block())
			.containsExactly("Anna Amsel");
		assertThat(calls).hasValue(2);
	}

}
