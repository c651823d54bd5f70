package de.impulsnetz.talk.summary;

import java.util.Map;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The versions of talk summaries a member saved. Erasing takes the name and id out of
 * them; the texts stay, since the summaries belong to the series' municipalities.
 */
@Component
class SummaryMemberData implements MemberDataHolder {

	static final String FORMER_MEMBER = "ehemaliges Mitglied";

	private final ReactiveMongoTemplate mongo;

	SummaryMemberData(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String key() {
		return "impulsZusammenfassungen";
	}

	@Override
	public Mono<Object> export(Member member) {
		return this.mongo.find(savedBy(member), SummaryRevision.class)
			.map((revision) -> revision.talkId() + "#" + revision.number())
			.collectList()
			.map((saved) -> Map.of("gespeicherteVersionen", saved));
	}

	@Override
	public Mono<Void> erase(Member member) {
		return this.mongo
			.updateMulti(savedBy(member), new Update().unset("savedBy").set("savedByName", FORMER_MEMBER),
					SummaryRevision.class)
			.then();
	}

	private static Query savedBy(Member member) {
		return Query.query(Criteria.where("savedBy").is(member.id()));
	}

}
