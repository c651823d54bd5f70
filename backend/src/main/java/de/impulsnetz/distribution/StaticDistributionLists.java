package de.impulsnetz.distribution;

import java.util.List;

import de.impulsnetz.identity.Member;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Lists kept as documents of their own ({@code distribution_lists}), asked last: until
 * the working groups answer for their lists, and for lists that belong to no group. The
 * people of a list read and write; its moderators also moderate; admins moderate every
 * list.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StaticDistributionLists implements DistributionLists {

	private final ReactiveMongoTemplate mongo;

	StaticDistributionLists(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<ListInfo> find(String key) {
		return stored(key).map((list) -> new ListInfo(list.id(), list.title(), list.path()));
	}

	@Override
	public Mono<ListRights> rights(ListInfo list, @Nullable Member member) {
		if (member == null) {
			return Mono.just(ListRights.NONE);
		}
		return stored(list.key()).map((stored) -> {
			boolean moderator = member.isAdmin() || stored.moderators().contains(member.id());
			boolean inList = moderator
					|| stored.recipients().stream().anyMatch((person) -> person.memberId().equals(member.id()));
			return new ListRights(inList, inList, moderator);
		}).defaultIfEmpty(ListRights.NONE);
	}

	@Override
	public Flux<Recipient> recipients(ListInfo list) {
		return stored(list.key()).flatMapIterable(StoredList::recipients);
	}

	@Override
	public Flux<ListInfo> readableBy(@Nullable Member member) {
		if (member == null) {
			return Flux.empty();
		}
		Query query = member.isAdmin() ? new Query()
				: Query.query(new Criteria().orOperator(Criteria.where("recipients.memberId").is(member.id()),
						Criteria.where("moderators").is(member.id())));
		return this.mongo.find(query.with(Sort.by("title")), StoredList.class)
			.map((list) -> new ListInfo(list.id(), list.title(), list.path()));
	}

	private Mono<StoredList> stored(String key) {
		return this.mongo.findById(key, StoredList.class);
	}

	/**
	 * @param id the list's key
	 * @param moderators member ids of those who moderate
	 */
	@Document("distribution_lists")
	record StoredList(@Id String id, String title, String path, List<Recipient> recipients, List<String> moderators) {

		StoredList {
			recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
			moderators = (moderators != null) ? List.copyOf(moderators) : List.of();
		}

	}

}
