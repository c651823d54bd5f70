package de.impulsnetz.distribution;

import de.impulsnetz.distribution.DistributionLists.ListInfo;
import de.impulsnetz.identity.Member;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * How often each person of a list gets its messages by mail (every message, the default;
 * a weekly digest; none), and the unsubscribe link of every mail, whose secret is the
 * proof: it needs no login, as RFC 8058 one-click unsubscribing wants.
 */
@Service
public class Subscriptions {

	private final Distribution distribution;

	private final SubscriptionStore store;

	private final ListDirectory directory;

	Subscriptions(Distribution distribution, SubscriptionStore store, ListDirectory directory) {
		this.distribution = distribution;
		this.store = store;
		this.directory = directory;
	}

	/**
	 * The member's choice for the list she may read.
	 */
	public Mono<Delivery> delivery(String key, Member member) {
		return this.distribution.board(key, member)
			.then(this.store.find(key, member.id()).map(Subscription::delivery).defaultIfEmpty(Delivery.EVERY));
	}

	public Mono<Subscription> choose(String key, Member member, Delivery delivery) {
		return this.distribution.board(key, member).then(this.store.choose(key, member.id(), delivery));
	}

	public Mono<Subscription> byToken(String token) {
		return this.store.byToken(token);
	}

	/**
	 * No more mails from the list; empty for an unknown secret.
	 */
	public Mono<Subscription> unsubscribe(String token) {
		return this.store.unsubscribe(token);
	}

	/**
	 * The list a subscription is for, for naming it; named by its key when it is gone.
	 */
	public Mono<ListInfo> listOf(Subscription subscription) {
		return this.directory.find(subscription.listKey())
			.map(ListDirectory.KnownList::info)
			.defaultIfEmpty(new ListInfo(subscription.listKey(), subscription.listKey(), "/"));
	}

}
