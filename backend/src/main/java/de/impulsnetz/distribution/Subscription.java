package de.impulsnetz.distribution;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's mail choice for one list and the secret of her unsubscribe link; made the
 * first time she is mailed or chooses. Who belongs to the list is not kept here: that is
 * the groups' answer ({@link DistributionLists}).
 */
@Document("distribution_subscriptions")
@CompoundIndex(name = "person", def = "{'listKey': 1, 'memberId': 1}", unique = true)
public record Subscription(@Id @Nullable String id, String listKey, String memberId, Delivery delivery,
		@Indexed(unique = true) String token) {

	static final String LIST_KEY = "listKey";

	static final String MEMBER_ID = "memberId";

	static final String DELIVERY = "delivery";

	static final String TOKEN = "token";

}
