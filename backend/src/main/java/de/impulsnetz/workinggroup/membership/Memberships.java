package de.impulsnetz.workinggroup.membership;

import java.time.Clock;
import java.util.regex.Pattern;

import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.shared.work.ReactiveEvents;
import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.GroupNotFound;
import de.impulsnetz.workinggroup.GroupPerson;
import de.impulsnetz.workinggroup.GroupRights;
import de.impulsnetz.workinggroup.JoinRequest;
import de.impulsnetz.workinggroup.WorkingGroup;
import de.impulsnetz.workinggroup.WorkingGroups;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Invitations, requests to join, accepting, declining and leaving. Each change is one
 * atomic update of the group that also counts up its version, so two coordinators acting
 * at once neither lose a person nor add one twice, and an edit of the purpose started
 * before sees the change.
 */
@Service
public class Memberships {

	public static final int MAX_MESSAGE = 1000;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final ReactiveMongoTemplate mongo;

	private final WorkingGroups groups;

	private final MunicipalityDirectory municipalities;

	private final Clock clock;

	private final ReactiveEvents events;

	Memberships(ReactiveMongoTemplate mongo, WorkingGroups groups, MunicipalityDirectory municipalities, Clock clock,
			ReactiveEvents events) {
		this.mongo = mongo;
		this.groups = groups;
		this.municipalities = municipalities;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Invites a municipality: its members may then join straight away, and with the first
	 * of them the municipality becomes a member.
	 */
	public Mono<WorkingGroup> inviteMunicipality(Member coordinator, String slug, String municipality) {
		return this.groups.toCoordinate(coordinator, slug).flatMap((group) -> {
			if (group.municipalities().contains(municipality)) {
				return Mono.error(new GroupDenied(HttpStatus.CONFLICT, "workinggroup.invite.alreadyMember"));
			}
			return this.municipalities.bySlug(municipality)
				.switchIfEmpty(
						Mono.error(() -> new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.invalid.municipality")))
				.flatMap((found) -> change(slug, new Criteria(),
						new Update().addToSet("invitedMunicipalities", found.slug())));
		});
	}

	/**
	 * Invites a person by their e-mail address: whoever logs in with it may join.
	 */
	public Mono<WorkingGroup> invitePerson(Member coordinator, String slug, String email) {
		if (email == null || !EMAIL.matcher(email.strip()).matches() || email.length() > 254) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.invalid.email"));
		}
		return this.groups.toCoordinate(coordinator, slug)
			.flatMap((group) -> change(slug, new Criteria(),
					new Update().addToSet("invitedEmails", WorkingGroup.normalisedEmail(email))));
	}

	/**
	 * The member's "Mitmachen": joins when invited, otherwise asks the coordinators.
	 * @return {@code true} when the member is in the group now, {@code false} when the
	 * request waits for the coordinators
	 */
	public Mono<Boolean> join(Member member, String slug, @Nullable String message) {
		return this.groups.bySlug(slug)
			.flatMap((group) -> GroupRights.of(member, group).acceptInvitation()
					? acceptInvitation(member, slug).thenReturn(true)
					: request(member, slug, message).thenReturn(false));
	}

	/**
	 * A member of a member municipality asks to join.
	 */
	public Mono<WorkingGroup> request(Member member, String slug, @Nullable String message) {
		String text = (message != null) ? message.strip() : "";
		if (text.length() > MAX_MESSAGE) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.invalid.message"));
		}
		return this.groups.bySlug(slug).flatMap((group) -> {
			GroupRights rights = GroupRights.of(member, group);
			if (!rights.requestToJoin()) {
				return Mono.error(refusalToJoin(member, group, rights));
			}
			JoinRequest request = new JoinRequest(member.id(), member.name(), member.municipality(),
					text.isEmpty() ? null : text, this.clock.instant(), member.email());
			return change(slug, notYetIn(member.id()).and("requests.memberId").ne(member.id()),
					new Update().push("requests", request));
		});
	}

	/**
	 * An invited member joins; a municipality invited as a whole becomes a member with
	 * them.
	 */
	public Mono<WorkingGroup> acceptInvitation(Member member, String slug) {
		return this.groups.bySlug(slug).flatMap((group) -> {
			if (!GroupRights.of(member, group).acceptInvitation()) {
				return Mono.error(new GroupDenied("workinggroup.denied.notInvited"));
			}
			Update update = new Update().push("people", person(member, false))
				.pull("requests", Query.query(Criteria.where("memberId").is(member.id())).getQueryObject());
			if (member.email() != null) {
				update.pull("invitedEmails", WorkingGroup.normalisedEmail(member.email()));
			}
			if (member.municipality() != null && group.invitedMunicipalities().contains(member.municipality())) {
				update.pull("invitedMunicipalities", member.municipality())
					.addToSet("municipalities", member.municipality());
			}
			return change(slug, notYetIn(member.id()), update);
		});
	}

	/**
	 * A coordinator accepts or declines someone's request to join; the person hears of it
	 * by mail ({@link JoinRequestDecided}), once even when two coordinators answer at the
	 * same moment.
	 */
	public Mono<WorkingGroup> decide(Member coordinator, String slug, String memberId, boolean accept) {
		return this.groups.toCoordinate(coordinator, slug).flatMap((group) -> {
			JoinRequest request = group.requests()
				.stream()
				.filter((candidate) -> candidate.memberId().equals(memberId))
				.findFirst()
				.orElse(null);
			if (request == null) {
				return Mono.error(new GroupNotFound("workinggroup.request.notFound"));
			}
			Update update = new Update().pull("requests",
					Query.query(Criteria.where("memberId").is(memberId)).getQueryObject());
			if (accept) {
				update.push("people", new GroupPerson(request.memberId(), request.name(), request.municipality(), false,
						this.clock.instant(), request.email()));
			}
			return applied(slug, Criteria.where("requests.memberId").is(memberId).and("people.memberId").ne(memberId),
					update)
				.flatMap(
						(changed) -> this.events.publish(new JoinRequestDecided(slug, changed.title(), request, accept))
							.thenReturn(changed))
				.switchIfEmpty(Mono.defer(() -> this.groups.bySlug(slug)));
		});
	}

	/**
	 * Makes someone in the group a coordinator too.
	 */
	public Mono<WorkingGroup> makeCoordinator(Member coordinator, String slug, String memberId) {
		return this.groups.toCoordinate(coordinator, slug).flatMap((group) -> {
			if (group.person(memberId).isEmpty()) {
				return Mono.error(new GroupNotFound("workinggroup.person.notFound"));
			}
			return change(slug, Criteria.where("people.memberId").is(memberId),
					new Update().set("people.$.coordinator", true));
		});
	}

	/**
	 * The member leaves; the last coordinator stays until someone else coordinates.
	 */
	public Mono<WorkingGroup> leave(Member member, String slug) {
		return this.groups.bySlug(slug).flatMap((group) -> {
			if (!GroupRights.of(member, group).leave()) {
				return Mono.error(new GroupDenied("workinggroup.denied.notInGroup"));
			}
			if (group.isCoordinator(member.id()) && group.coordinators().size() == 1) {
				return Mono.error(new GroupDenied(HttpStatus.CONFLICT, "workinggroup.leave.lastCoordinator"));
			}
			return change(slug, Criteria.where("people.memberId").is(member.id()), new Update().pull("people",
					Query.query(Criteria.where("memberId").is(member.id())).getQueryObject()));
		});
	}

	/**
	 * One atomic update of the group where {@code condition} still holds; when it no
	 * longer does (someone was quicker), the group as it is now.
	 */
	private Mono<WorkingGroup> change(String slug, Criteria condition, Update update) {
		return applied(slug, condition, update).switchIfEmpty(Mono.defer(() -> this.groups.bySlug(slug)));
	}

	/**
	 * The group after the update; empty when {@code condition} no longer held.
	 */
	private Mono<WorkingGroup> applied(String slug, Criteria condition, Update update) {
		Query query = Query.query(new Criteria().andOperator(Criteria.where("slug").is(slug), condition));
		return this.mongo
			.findAndModify(query, update.inc("version", 1), FindAndModifyOptions.options().returnNew(true),
					WorkingGroup.class)
			.doOnNext(this.groups::changed);
	}

	private static Criteria notYetIn(String memberId) {
		return Criteria.where("people.memberId").ne(memberId);
	}

	private GroupPerson person(Member member, boolean coordinator) {
		return new GroupPerson(member.id(), member.name(), member.municipality(), coordinator, this.clock.instant(),
				member.email());
	}

	private static GroupDenied refusalToJoin(Member member, WorkingGroup group, GroupRights rights) {
		if (rights.leave()) {
			return new GroupDenied(HttpStatus.CONFLICT, "workinggroup.join.alreadyIn");
		}
		if (group.hasRequestFrom(member.id())) {
			return new GroupDenied(HttpStatus.CONFLICT, "workinggroup.join.alreadyRequested");
		}
		return new GroupDenied("workinggroup.denied.notMemberMunicipality");
	}

}
