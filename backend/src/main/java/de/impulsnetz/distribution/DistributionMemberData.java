package de.impulsnetz.distribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.shared.Berlin;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static de.impulsnetz.distribution.ListMessage.AT;
import static de.impulsnetz.distribution.ListMessage.AUTHOR_ID;
import static de.impulsnetz.distribution.ListMessage.AUTHOR_NAME;
import static de.impulsnetz.distribution.ListMessage.REPORTED_BY;

/**
 * What a member wrote to lists, and her mail choices. Erasing keeps the messages, since
 * the replies of others answer them, attributed to "ehemaliges Mitglied"; her reports and
 * choices are deleted (mails still waiting for her go with the outbox's own part).
 */
@Component
class DistributionMemberData implements MemberDataHolder {

	static final String FORMER_MEMBER = "ehemaliges Mitglied";

	private final ReactiveMongoTemplate mongo;

	private final SubscriptionStore subscriptions;

	DistributionMemberData(ReactiveMongoTemplate mongo, SubscriptionStore subscriptions) {
		this.mongo = mongo;
		this.subscriptions = subscriptions;
	}

	@Override
	public String key() {
		return "verteiler";
	}

	@Override
	public Mono<Object> export(Member member) {
		Mono<List<Map<String, Object>>> written = this.mongo.find(byAuthor(member).with(Sort.by(AT)), ListMessage.class)
			.map(DistributionMemberData::exported)
			.collectList();
		Mono<List<Map<String, String>>> choices = this.subscriptions.of(member.id())
			.map((subscription) -> Map.of("verteiler", subscription.listKey(), "emails",
					subscription.delivery().name()))
			.collectList();
		return Mono.zip(written, choices)
			.map((both) -> Map.of("nachrichten", both.getT1(), "einstellungen", both.getT2()));
	}

	private static Map<String, Object> exported(ListMessage message) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("verteiler", message.listKey());
		if (message.replyTo() != null) {
			data.put("antwortAuf", message.replyTo());
		}
		if (message.title() != null) {
			data.put("titel", message.title());
		}
		data.put("text", message.text());
		data.put("geschrieben", Berlin.iso(message.at()));
		data.put("ausgeblendet", message.isHidden());
		return data;
	}

	@Override
	public Mono<Void> erase(Member member) {
		return this.mongo
			.updateMulti(byAuthor(member), new Update().unset(AUTHOR_ID).set(AUTHOR_NAME, FORMER_MEMBER),
					ListMessage.class)
			.then(this.mongo.updateMulti(Query.query(Criteria.where(REPORTED_BY).is(member.id())),
					new Update().pull(REPORTED_BY, member.id()), ListMessage.class))
			.then(this.subscriptions.removeAll(member.id()));
	}

	private static Query byAuthor(Member member) {
		return Query.query(Criteria.where(AUTHOR_ID).is(member.id()));
	}

}
