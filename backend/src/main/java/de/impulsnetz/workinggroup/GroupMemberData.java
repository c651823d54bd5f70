package de.impulsnetz.workinggroup;

import java.util.LinkedHashMap;
import java.util.Map;

import de.impulsnetz.identity.Member;
import de.impulsnetz.identity.MemberDataHolder;
import de.impulsnetz.identity.OwnContent;
import de.impulsnetz.workinggroup.actions.GroupAction;
import de.impulsnetz.workinggroup.campaign.CampaignOptIn;
import de.impulsnetz.workinggroup.campaign.PlannedPost;
import de.impulsnetz.workinggroup.meetings.Meeting;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A member's traces in working groups. Erasing takes them out of every group, drops their
 * requests and invitations, and takes their name off the Maßnahmen they are responsible
 * for and the agendas and minutes they wrote: those stay, since the group's record
 * depends on them, attributed to "ehemaliges Mitglied". Campaign posts and opt-ins stay
 * with their municipality, without the member who planned them.
 */
@Component
class GroupMemberData implements MemberDataHolder {

	static final String FORMER_MEMBER = "ehemaliges Mitglied";

	private final ReactiveMongoTemplate mongo;

	GroupMemberData(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String key() {
		return "arbeitsgruppen";
	}

	@Override
	public Mono<Object> export(Member member) {
		return Mono
			.zip(inGroups(member).map((group) -> inGroup(group, member)).collectList(),
					requested(member).map(WorkingGroup::title).collectList(),
					invited(member).map(WorkingGroup::title).collectList(),
					this.mongo.find(responsibleOrWriter(member), GroupAction.class)
						.map((action) -> action.group() + ": " + action.text() + " (" + action.status() + ")")
						.collectList(),
					this.mongo.find(Query.query(Criteria.where("authors.memberId").is(member.id())), Meeting.class)
						.map((meeting) -> meeting.group() + ": " + meeting.event())
						.collectList(),
					this.mongo.find(Query.query(Criteria.where("createdBy").is(member.id())), PlannedPost.class)
						.map((post) -> post.date() + " " + post.platform() + " (" + post.municipality() + "): "
								+ post.text())
						.collectList())
			.map((all) -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("gruppen", all.getT1());
				data.put("beitrittsanfragen", all.getT2());
				data.put("gruppenEinladungen", all.getT3());
				data.put("massnahmen", all.getT4());
				data.put("mitgeschriebeneTreffen", all.getT5());
				data.put("geplanteKampagnenbeitraege", all.getT6());
				return data;
			});
	}

	@Override
	public Flux<OwnContent> overview(Member member) {
		return inGroups(member).map((group) -> OwnContent.of("account.overview.workinggroups", group.title(),
				"/arbeitsgruppen/" + group.slug(), null));
	}

	@Override
	public Mono<Void> erase(Member member) {
		String id = member.id();
		Update out = new Update().pull("people", Query.query(Criteria.where("memberId").is(id)).getQueryObject())
			.pull("requests", Query.query(Criteria.where("memberId").is(id)).getQueryObject())
			.inc("version", 1);
		if (member.email() != null) {
			out.pull("invitedEmails", WorkingGroup.normalisedEmail(member.email()));
		}
		Criteria traces = new Criteria().orOperator(Criteria.where("people.memberId").is(id),
				Criteria.where("requests.memberId").is(id), Criteria.where("invitedEmails")
					.is((member.email() != null) ? WorkingGroup.normalisedEmail(member.email()) : "\u0000"));
		return this.mongo.updateMulti(Query.query(traces), out, WorkingGroup.class)
			.then(this.mongo.updateMulti(Query.query(Criteria.where("responsibleMemberId").is(id)),
					new Update().unset("responsibleMemberId").set("responsibleName", FORMER_MEMBER), GroupAction.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("createdBy").is(id)),
					new Update().unset("createdBy"), GroupAction.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("authors.memberId").is(id)),
					new Update().unset("authors.$.memberId").set("authors.$.name", FORMER_MEMBER), Meeting.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("createdBy").is(id)),
					new Update().unset("createdBy"), PlannedPost.class))
			.then(this.mongo.updateMulti(Query.query(Criteria.where("memberId").is(id)), new Update().unset("memberId"),
					CampaignOptIn.class))
			.then();
	}

	/**
	 * A group she is in, with the address its Verteiler mails go to.
	 */
	private static Map<String, Object> inGroup(WorkingGroup group, Member member) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("titel", group.title());
		data.put("koordination", group.isCoordinator(member.id()));
		group.person(member.id()).map(GroupPerson::email).ifPresent((email) -> data.put("emailFuerVerteiler", email));
		return data;
	}

	private Flux<WorkingGroup> inGroups(Member member) {
		return this.mongo.find(Query.query(Criteria.where("people.memberId").is(member.id())), WorkingGroup.class);
	}

	private Flux<WorkingGroup> requested(Member member) {
		return this.mongo.find(Query.query(Criteria.where("requests.memberId").is(member.id())), WorkingGroup.class);
	}

	private Flux<WorkingGroup> invited(Member member) {
		if (member.email() == null) {
			return Flux.empty();
		}
		return this.mongo.find(
				Query.query(Criteria.where("invitedEmails").is(WorkingGroup.normalisedEmail(member.email()))),
				WorkingGroup.class);
	}

	private static Query responsibleOrWriter(Member member) {
		return Query.query(new Criteria().orOperator(Criteria.where("responsibleMemberId").is(member.id()),
				Criteria.where("createdBy").is(member.id())));
	}

}
