package de.impulsnetz.practice;

import de.impulsnetz.practice.watches.Watch;
import de.impulsnetz.practice.feedback.Adoption;
import de.impulsnetz.practice.feedback.HelpfulMark;
import de.impulsnetz.practice.comments.Comment;
import java.util.LinkedHashMap;
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
 * A member's traces in the knowledge base. Export lists them; erasing removes the
 * member's "Hilfreich" marks and takes the name and id out of cases, versions, adoptions
 * and comments — the texts stay, since cases belong to the municipalities that wrote them
 * and answers would lose their question.
 */
@Component
class PracticeMemberData implements MemberDataHolder {

	static final String FORMER_MEMBER = "ehemaliges Mitglied";

	private final ReactiveMongoTemplate mongo;

	PracticeMemberData(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String key() {
		return "praxisbeispiele";
	}

	@Override
	public Mono<Object> export(Member member) {
		Query contributed = Query.query(Criteria.where("contributors").is(member.id()));
		Query saved = Query.query(Criteria.where("savedBy").is(member.id()));
		Query own = Query.query(Criteria.where("memberId").is(member.id()));
		return Mono
			.zip(this.mongo.find(contributed, Practice.class).map(Practice::slug).collectList(),
					this.mongo.find(saved, PracticeRevision.class)
						.map((revision) -> revision.practiceId() + "#" + revision.number())
						.collectList(),
					this.mongo.find(own, HelpfulMark.class).map(HelpfulMark::practiceId).collectList(),
					this.mongo.find(own, Adoption.class).map(Adoption::practiceId).collectList(),
					this.mongo.find(own, Comment.class).map(Comment::text).collectList(),
					this.mongo.find(own, Watch.class).map((watch) -> watch.kind() + ":" + watch.target()).collectList())
			.map((all) -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("mitgeschrieben", all.getT1());
				data.put("gespeicherteVersionen", all.getT2());
				data.put("hilfreich", all.getT3());
				data.put("alsUebernommenGemeldet", all.getT4());
				data.put("fragenUndAntworten", all.getT5());
				data.put("beobachtet", all.getT6());
				return data;
			});
	}

	@Override
	public Mono<Void> erase(Member member) {
		String id = member.id();
		return this.mongo.remove(Query.query(Criteria.where("memberId").is(id)), HelpfulMark.class)
			.then(this.mongo.remove(Query.query(Criteria.where("memberId").is(id)), Watch.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("memberId").is(id)), new Update().unset("memberId"),
					Adoption.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("memberId").is(id)),
					new Update().unset("memberId").set("memberName", FORMER_MEMBER), Comment.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("savedBy").is(id)),
					new Update().unset("savedBy").set("savedByName", FORMER_MEMBER), PracticeRevision.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("authorId").is(id)), new Update().unset("authorId"),
					Practice.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("contributors").is(id)),
					new Update().pull("contributors", id), Practice.class))
			.then();
	}

}
