package de.impulsnetz.identity.invitation;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The record of who invited into which municipality when, so that one member sends at
 * most {@code impulsnetz.limits.invitations.per-day} invitations in 24 hours, counted in
 * MongoDB so that the limit holds across app instances. A record is written before the
 * invitation goes out and counted with every other one: of concurrent requests only as
 * many as the limit allows get through. An invitation Keycloak did not send does not
 * count. Records are personal data: exported and erased with the member's data, and gone
 * after 30 days anyway.
 */
@Component
public class Invitations implements MemberDataHolder {

	private static final Duration DAY = Duration.ofDays(1);

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final int perDay;

	Invitations(ReactiveMongoTemplate mongo, Clock clock,
			@Value("${impulsnetz.limits.invitations.per-day}") int perDay) {
		this.mongo = mongo;
		this.clock = clock;
		this.perDay = perDay;
	}

	/**
	 * Records an invitation by the member and runs {@code sending}; fails with
	 * {@link InvitationLimitReached} without running it when the member has reached the
	 * daily limit, and takes the record back when sending fails.
	 */
	Mono<Void> record(Member inviter, String municipality, Mono<Void> sending) {
		Instant now = this.clock.instant();
		return this.mongo.insert(new Invitation(null, inviter.id(), municipality, now))
			.flatMap((invitation) -> this.mongo
				.count(Query.query(Criteria.where("inviter").is(inviter.id()).and("invitedAt").gt(now.minus(DAY))),
						Invitation.class)
				.flatMap((count) -> (count > this.perDay) ? Mono.error(new InvitationLimitReached(this.perDay))
						: sending)
				.onErrorResume((failure) -> this.mongo.remove(invitation).then(Mono.error(failure))));
	}

	@Override
	public String key() {
		return "einladungen";
	}

	@Override
	public Mono<Object> export(Member member) {
		return this.mongo.find(by(member).with(Sort.by("invitedAt")), Invitation.class).map((invitation) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("kommune", invitation.municipality());
			entry.put("eingeladen", invitation.invitedAt().toString());
			return entry;
		}).collectList().map(List::copyOf);
	}

	@Override
	public Mono<Void> erase(Member member) {
		return this.mongo.remove(by(member), Invitation.class).then();
	}

	private static Query by(Member member) {
		return Query.query(Criteria.where("inviter").is(member.id()));
	}

}
