package de.impulsnetz.practice;

import de.impulsnetz.practice.watches.Watch;
import de.impulsnetz.practice.feedback.Adoption;
import de.impulsnetz.practice.feedback.HelpfulMark;
import de.impulsnetz.practice.comments.Comment;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Map;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.identity.OwnContent;
import de.impulsnetz.municipality.Platform;
import de.impulsnetz.shared.text.Labels;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * A member's traces in the knowledge base. Export lists them; erasing removes the
 * member's "Hilfreich" marks and takes the name and id out of cases, versions, adoptions
 * and comments — the texts stay, since cases belong to the municipalities that wrote them
 * and answers would lose their question.
 */
@Component
class PracticeMemberData implements MemberDataHolder {

	static final String FORMER_MEMBER = "ehemaliges Mitglied";

	private static final String WATCHES = "account.overview.watches";

	private final ReactiveMongoTemplate mongo;

	private final MessageSource messages;

	PracticeMemberData(ReactiveMongoTemplate mongo, MessageSource messages) {
		this.mongo = mongo;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "praxisbeispiele";
	}

	@Override
	public Mono<Object> export(Member member) {
		Query own = Query.query(Criteria.where("memberId").is(member.id()));
		Mono<List<Practice>> practices = this.mongo.findAll(Practice.class).collectList();
		return practices.flatMap((known) -> {
			Map<String, String> title = known.stream().collect(Collectors.toMap(Practice::id, Practice::title));
			Map<String, String> titles = known.stream().collect(Collectors.toMap(Practice::slug, Practice::title));
			return Mono
				.zip(contributed(member).map(Practice::title).collectList(),
						this.mongo.find(Query.query(Criteria.where("savedBy").is(member.id())), PracticeRevision.class)
							.map((revision) -> named(title, revision.practiceId()) + ", Version " + revision.number())
							.collectList(),
						this.mongo.find(own, HelpfulMark.class)
							.map((mark) -> named(title, mark.practiceId()))
							.collectList(),
						this.mongo.find(own, Adoption.class)
							.map((adoption) -> named(title, adoption.practiceId()))
							.collectList(),
						this.mongo.find(own, Comment.class).map(Comment::text).collectList(),
						this.mongo.find(own, Watch.class).map((watch) -> watched(watch, titles)).collectList())
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
		});
	}

	/**
	 * What a watch is on, in German words: "Beitrag: title", "Thema: …", "Kanal:
	 * Instagram".
	 */
	private String watched(Watch watch, Map<String, String> titlesBySlug) {
		String target = switch (watch.kind()) {
			case CASE -> titlesBySlug.getOrDefault(watch.target(), watch.target());
			case TOPIC -> watch.target();
			case CHANNEL -> german(Labels.key(Platform.class, watch.target()));
		};
		return german(Labels.key(watch.kind())) + ": " + target;
	}

	private String german(String key) {
		return this.messages.getMessage(key, null, key, Locale.GERMAN);
	}

	/**
	 * The cases the member wrote (the first draft or a later version) and what they
	 * watch.
	 */
	@Override
	public Flux<OwnContent> overview(Member member) {
		Flux<OwnContent> cases = contributed(member).map((practice) -> OwnContent.of("account.overview.practices",
				practice.title(), "/praxis/" + practice.slug(), Labels.key(practice.status())));
		Flux<OwnContent> watches = this.mongo.find(Query.query(Criteria.where("memberId").is(member.id())), Watch.class)
			.concatMap((watch) -> switch (watch.kind()) {
				case CASE -> this.mongo.findOne(Query.query(Criteria.where("slug").is(watch.target())), Practice.class)
					.map((practice) -> OwnContent.of(WATCHES, practice.title(), "/praxis/" + practice.slug(), null));
				case TOPIC -> Mono.just(OwnContent.of(WATCHES, watch.target(),
						"/praxis?thema=" + UriUtils.encodeQueryParam(watch.target(), StandardCharsets.UTF_8), null));
				case CHANNEL -> Mono.just(new OwnContent(WATCHES, watch.target(),
						Labels.key(Platform.class, watch.target()),
						"/praxis?kanal=" + UriUtils.encodeQueryParam(watch.target(), StandardCharsets.UTF_8), null));
			});
		return Flux.concat(cases, watches);
	}

	private Flux<Practice> contributed(Member member) {
		return this.mongo.find(Query.query(new Criteria().orOperator(Criteria.where("contributors").is(member.id()),
				Criteria.where("authorId").is(member.id()))), Practice.class);
	}

	private static String named(Map<String, String> titles, String practiceId) {
		return titles.getOrDefault(practiceId, practiceId);
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
