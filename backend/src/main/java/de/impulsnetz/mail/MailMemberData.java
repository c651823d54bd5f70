package de.impulsnetz.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The mails in the outbox to a member's address, sent or not: personal data for up to
 * {@code impulsnetz.mail.keep} (30 days). Listed in the export; deleted with the account,
 * so nothing still waiting goes out afterwards. Mails to an address the member no longer
 * has are found by age only: the retention deletes them.
 */
@Component
class MailMemberData implements MemberDataHolder {

	private final ReactiveMongoTemplate mongo;

	MailMemberData(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String key() {
		return "mails";
	}

	@Override
	public Mono<Object> export(Member member) {
		if (member.email() == null) {
			return Mono.just(List.of());
		}
		return this.mongo.find(to(member).with(Sort.by(OutboxMail.CREATED_AT)), OutboxMail.class).map((mail) -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("betreff", mail.subject());
			data.put("status", mail.status().name());
			data.put("eingestellt", mail.createdAt().toString());
			if (mail.sentAt() != null) {
				data.put("gesendet", mail.sentAt().toString());
			}
			return data;
		}).collectList().map((mails) -> mails);
	}

	@Override
	public Mono<Void> erase(Member member) {
		if (member.email() == null) {
			return Mono.empty();
		}
		return this.mongo.remove(to(member), OutboxMail.class).then();
	}

	private static Query to(Member member) {
		return Query.query(Criteria.where(OutboxMail.TO).is(member.email()));
	}

}
