package de.impulsnetz.workinggroup.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

import de.impulsnetz.barcamp.EventCalendar;
import de.impulsnetz.identity.Member;
import de.impulsnetz.workinggroup.GroupDenied;
import de.impulsnetz.workinggroup.GroupNotFound;
import de.impulsnetz.workinggroup.WorkingGroup;
import de.impulsnetz.workinggroup.WorkingGroups;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Planning a group's meetings (one, or the next four quarters in one step), moving them,
 * and writing their agenda and minutes with the version the writer started from.
 */
@Service
public class Meetings {

	/** Meetings "every quarter" plans at once. */
	public static final int QUARTERS = 4;

	public static final int MAX_TEXT = 60_000;

	private final ReactiveMongoTemplate mongo;

	private final WorkingGroups groups;

	private final EventCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	Meetings(ReactiveMongoTemplate mongo, WorkingGroups groups, EventCalendar calendar, MessageSource messages,
			Clock clock) {
		this.messages = messages;
		this.mongo = mongo;
		this.groups = groups;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The group's meetings, earliest first.
	 */
	public Flux<ScheduledMeeting> of(String group) {
		return this.mongo.find(Query.query(Criteria.where("group").is(group)), Meeting.class)
			.concatMap((meeting) -> this.calendar.bySlug(meeting.event())
				.map((event) -> new ScheduledMeeting(meeting, event)))
			.sort(Comparator.comparing((ScheduledMeeting scheduled) -> scheduled.event().startsAt()));
	}

	/**
	 * One meeting of the group; {@link GroupNotFound} when the group has none at that
	 * address.
	 */
	public Mono<ScheduledMeeting> of(String group, String event) {
		return this.mongo.findById(event, Meeting.class)
			.filter((meeting) -> meeting.group().equals(group))
			.flatMap((meeting) -> this.calendar.bySlug(event).map((found) -> new ScheduledMeeting(meeting, found)))
			.switchIfEmpty(Mono.error(() -> new GroupNotFound("workinggroup.meeting.notFound")));
	}

	/**
	 * Plans a meeting, or with {@code quarterly} the next {@value #QUARTERS}: the same
	 * time and place every three months, each its own event to change later.
	 */
	public Flux<ScheduledMeeting> plan(Member coordinator, String slug, MeetingDraft draft, boolean quarterly) {
		if (draft.problem() != null) {
			return Flux.error(new GroupDenied(HttpStatus.BAD_REQUEST, draft.problem()));
		}
		return this.groups.toCoordinate(coordinator, slug)
			.flatMapMany((group) -> Flux.range(0, quarterly ? QUARTERS : 1)
				.map(draft::quartersLater)
				.concatMap((dated) -> this.calendar
					.createGroupMeeting(group.coordinator(), group.slug() + "-" + dated.date(),
							dated.toEvent(description(group)))
					.flatMap((event) -> this.mongo.insert(Meeting.planned(event.slug(), group.slug()))
						.map((meeting) -> new ScheduledMeeting(meeting, event))))
				.doOnComplete(() -> this.groups.changed(group)));
	}

	/**
	 * Changes date, time, place or title of one meeting, based on the event's version.
	 */
	public Mono<ScheduledMeeting> reschedule(Member coordinator, String slug, String event, MeetingDraft draft,
			long basedOn) {
		if (draft.problem() != null) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, draft.problem()));
		}
		return this.groups.toCoordinate(coordinator, slug)
			.flatMap((group) -> of(slug, event)
				.flatMap((scheduled) -> this.calendar
					.updateGroupMeeting(event, draft.toEvent(scheduled.event().description()), basedOn)
					.map((moved) -> new ScheduledMeeting(scheduled.meeting(), moved)))
				.doOnNext((moved) -> this.groups.changed(group)));
	}

	/**
	 * Saves agenda or minutes; {@code basedOn} is the meeting's version the writer
	 * started from. Someone else's save in between ends in {@link TextConflict}, which
	 * carries what they saved: the caller keeps the writer's text, nothing is lost.
	 */
	public Mono<Meeting> save(Member writer, String slug, String event, Meeting.Part part, String text, long basedOn) {
		String clean = (text != null) ? text.strip() : "";
		if (clean.length() > MAX_TEXT) {
			return Mono.error(new GroupDenied(HttpStatus.BAD_REQUEST, "workinggroup.minutes.tooLong"));
		}
		return this.groups.toWorkIn(writer, slug).flatMap((group) -> {
			return of(slug, event).map(ScheduledMeeting::meeting).flatMap((meeting) -> {
				if (meeting.version() == null || meeting.version() != basedOn) {
					return Mono.error(new TextConflict(meeting, part));
				}
				return this.mongo.save(meeting.with(part, clean, writer.id(), writer.name(), this.clock.instant()));
			})
				.onErrorResume(
						(failure) -> failure instanceof OptimisticLockingFailureException
								|| failure instanceof DuplicateKeyException,
						(lost) -> this.mongo.findById(event, Meeting.class)
							.flatMap((current) -> Mono.error(new TextConflict(current, part))))
				.doOnNext((saved) -> {
					if (saved.minutesPublished()) {
						this.groups.changed(group);
					}
				});
		});
	}

	/**
	 * Publishes the minutes as a result of the group (or takes them back): coordinators.
	 */
	public Mono<Meeting> publish(Member coordinator, String slug, String event, boolean published) {
		return this.groups.toCoordinate(coordinator, slug).flatMap((group) -> of(slug, event).flatMap((scheduled) -> {
			Instant now = this.clock.instant();
			Update update = new Update().set("minutesPublished", published)
				.set("publishedAt", published ? now : null)
				.set("updatedAt", now)
				.inc("version", 1);
			return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(event)), update,
					FindAndModifyOptions.options().returnNew(true), Meeting.class);
		}).doOnNext((meeting) -> this.groups.changed(group)));
	}

	/**
	 * The group's published minutes, newest first, for the feed and the search index.
	 */
	public Flux<ScheduledMeeting> published(String group) {
		return of(group).filter((scheduled) -> scheduled.meeting().minutesPublished())
			.sort(Comparator.comparing((ScheduledMeeting scheduled) -> scheduled.event().startsAt()).reversed());
	}

	/**
	 * Links an existing event to the group (the content import); a meeting kept already
	 * stays as it is.
	 */
	public Mono<Meeting> importMeeting(Meeting candidate) {
		return this.mongo.findById(candidate.event(), Meeting.class)
			.switchIfEmpty(Mono.defer(() -> this.mongo.insert(candidate)));
	}

	/**
	 * The event's description links back to the group; stored, so in German like all
	 * content.
	 */
	private String description(WorkingGroup group) {
		return this.messages.getMessage("workinggroup.meeting.description",
				new Object[] { group.title(), "/arbeitsgruppen/" + group.slug() }, Locale.GERMAN);
	}

}
