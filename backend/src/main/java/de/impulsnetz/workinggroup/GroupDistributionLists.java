package de.impulsnetz.workinggroup;

import java.util.Objects;

import de.impulsnetz.distribution.DistributionLists;
import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Every working group is a Verteiler, keyed by its slug: what the people of the group may
 * do there is {@link GroupRights} (the people in the group read and write, coordinators
 * and admins moderate), and the mails go to the address each person has in the group
 * ({@link GroupPerson#email()}). That address is the one of the login she joined with;
 * whenever she comes to the group (its page, its list) with a login whose address
 * differs, the stored one is renewed, so an address changed in Keycloak is used from her
 * next visit on. Asked before the lists kept as documents of their own.
 */
@Component
@Order(0)
class GroupDistributionLists implements DistributionLists {

	private final WorkingGroups groups;

	private final ReactiveMongoTemplate mongo;

	GroupDistributionLists(WorkingGroups groups, ReactiveMongoTemplate mongo) {
		this.groups = groups;
		this.mongo = mongo;
	}

	@Override
	public Mono<ListInfo> find(String key) {
		return group(key).map(GroupDistributionLists::info);
	}

	@Override
	public Mono<ListRights> rights(ListInfo list, @Nullable Member member) {
		return group(list.key()).flatMap((group) -> {
			GroupRights rights = GroupRights.of(member, group);
			return renewEmail(group, member)
				.thenReturn(new ListRights(rights.readInternal(), rights.write(), rights.coordinate()));
		}).defaultIfEmpty(ListRights.NONE);
	}

	@Override
	public Flux<Recipient> recipients(ListInfo list) {
		return group(list.key()).flatMapIterable(WorkingGroup::people)
			.filter((person) -> person.email() != null)
			.map((person) -> new Recipient(person.memberId(), person.email()));
	}

	@Override
	public Flux<ListInfo> readableBy(@Nullable Member member) {
		if (member == null) {
			return Flux.empty();
		}
		Query query = member.isAdmin() ? new Query() : Query.query(Criteria.where("people.memberId").is(member.id()));
		return this.mongo.find(query.with(Sort.by("title")), WorkingGroup.class).map(GroupDistributionLists::info);
	}

	/**
	 * Stores the member's current address in the group when she is in it with another
	 * one; one conditional update, without touching the group's version (no edit of the
	 * description is refused for it).
	 */
	Mono<Void> renewEmail(WorkingGroup group, @Nullable Member member) {
		if (member == null || member.email() == null) {
			return Mono.empty();
		}
		return Mono.justOrEmpty(group.person(member.id()))
			.filter((person) -> !Objects.equals(person.email(), member.email()))
			.flatMap((person) -> this.mongo.updateFirst(
					Query.query(Criteria.where("slug").is(group.slug()).and("people.memberId").is(member.id())),
					new Update().set("people.$.email", member.email()), WorkingGroup.class))
			.then();
	}

	private Mono<WorkingGroup> group(String key) {
		return this.groups.bySlug(key).onErrorResume(GroupNotFound.class, (none) -> Mono.empty());
	}

	private static ListInfo info(WorkingGroup group) {
		return new ListInfo(group.slug(), group.title(), "/arbeitsgruppen/" + group.slug());
	}

}
