package de.impulsnetz.workinggroup.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

import de.impulsnetz.identity.Member;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.GroupNotFound;
import de.impulsnetz.workinggroup.GroupPerson;
import de.impulsnetz.workinggroup.WorkingGroups;
import de.impulsnetz.workinggroup.meetings.Meetings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The Maßnahmen of a group: written down at a meeting by someone in the group, closed and
 * reopened by anyone in it, and the open ones across all meetings, overdue first.
 */
@Service
public class Actions {

	/**
	 * Overdue first (the earliest due date is the most overdue), then by due date; those
	 * without a date last, oldest first.
	 */
	public static final Comparator<GroupAction> OPEN_ORDER = Comparator
		.comparing(GroupAction::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(GroupAction::createdAt);

	private final ReactiveMongoTemplate mongo;

	private final WorkingGroups groups;

	private final Meetings meetings;

	private final Clock clock;

	Actions(ReactiveMongoTemplate mongo, WorkingGroups groups, Meetings meetings, Clock clock) {
		this.mongo = mongo;
		this.groups = groups;
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * The group's open Maßnahmen across all meetings, in {@link #OPEN_ORDER}.
	 */
	public Flux<GroupAction> open(String group) {
		return this.mongo
			.find(Query.query(Criteria.where("group").is(group).and("status").is(ActionStatus.OFFEN)),
					GroupAction.class)
			.sort(OPEN_ORDER);
	}

	/**
	 * Every Maßnahme of one meeting, in the order they were written down.
	 */
	public Flux<GroupAction> ofMeeting(String group, String meeting) {
		return this.mongo
			.find(Query.query(Criteria.where("group").is(group).and("meeting").is(meeting)), GroupAction.class)
			.sort(Comparator.comparing(GroupAction::createdAt));
	}

	public LocalDate today() {
		return Berlin.local(this.clock.instant()).toLocalDate();
	}

	/**
	 * Writes down a Maßnahme of the meeting: people in the group. Whoever is responsible
	 * must be a member municipality or a person in the group.
	 */
	public Mono<GroupAction> add(Member writer, String slug, String meeting, NewAction action) {
		if (action.text().isEmpty() || action.text().length() > NewAction.MAX_TEXT) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.action.invalid.text"));
		}
		return this.groups.toWorkIn(writer, slug)
			.flatMap((group) -> this.meetings.of(slug, meeting).flatMap((scheduled) -> {
				if (action.responsibleMunicipality() != null
						&& !group.municipalities().contains(action.responsibleMunicipality())) {
					return Mono
						.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.action.invalid.municipality"));
				}
				GroupPerson person = null;
				if (action.responsiblePerson() != null) {
					person = group.person(action.responsiblePerson()).orElse(null);
					if (person == null) {
						return Mono
							.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.action.invalid.person"));
					}
				}
				return this.mongo
					.insert(new GroupAction(null, slug, meeting, action.text(), action.responsibleMunicipality(),
							(person != null) ? person.memberId() : null, (person != null) ? person.name() : null,
							action.due(), ActionStatus.OFFEN, writer.id(), this.clock.instant(), null, null));
			}));
	}

	/**
	 * Marks a Maßnahme done or open again: people in the group.
	 */
	public Mono<GroupAction> mark(Member writer, String slug, String id, ActionStatus status) {
		if (status == null) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.action.invalid.status"));
		}
		return this.groups.toWorkIn(writer, slug)
			.flatMap(
					(group) -> this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("group").is(slug)),
							new Update().set("status", status)
								.set("doneAt", (status == ActionStatus.ERLEDIGT) ? this.clock.instant() : null)
								.inc("version", 1),
							FindAndModifyOptions.options().returnNew(true), GroupAction.class))
			.switchIfEmpty(Mono.error(() -> new GroupNotFound("workinggroup.action.notFound")));
	}

	/**
	 * Stores a Maßnahme from the content import under its fixed id, unless it is there.
	 */
	public Mono<GroupAction> importAction(GroupAction candidate) {
		return this.mongo.findById(candidate.id(), GroupAction.class)
			.switchIfEmpty(Mono.defer(() -> this.mongo.insert(candidate)));
	}

}
