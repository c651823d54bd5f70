package de.impulsnetz.workinggroup.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import de.impulsnetz.barcamp.Event;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.workinggroup.GroupPerson;
import de.impulsnetz.workinggroup.JoinRequest;
import de.impulsnetz.workinggroup.WorkingGroup;
import de.impulsnetz.workinggroup.actions.ActionStatus;
import de.impulsnetz.workinggroup.actions.GroupAction;
import de.impulsnetz.workinggroup.meetings.ScheduledMeeting;
import org.jspecify.annotations.Nullable;

/**
 * What the working-group pages show, made from the documents.
 */
final class GroupViews {

	private GroupViews() {
	}

	/**
	 * A group in the list, as {@code fragments/_cards :: card} takes it.
	 */
	record GroupCard(String href, @Nullable String meta, String title, @Nullable String text,
			@Nullable LocalDate when) {

		static GroupCard of(WorkingGroup group, Map<String, String> names) {
			String summary = group.summary();
			return new GroupCard("/arbeitsgruppen/" + group.slug(), names.getOrDefault(group.coordinator(), null),
					group.title(), summary.isEmpty() ? null : summary, null);
		}

	}

	record MunicipalityLink(String slug, String name) {

	}

	record MeetingRow(String slug, String title, LocalDateTime startsAt, LocalDateTime endsAt, String venue,
			String city, boolean minutesPublished, boolean past, String href, long eventVersion) {

		static MeetingRow of(String group, ScheduledMeeting scheduled, Instant now) {
			Event event = scheduled.event();
			return new MeetingRow(event.slug(), event.title(), Berlin.local(event.startsAt()),
					Berlin.local(event.endsAt()), event.venue().name(), event.venue().city(),
					scheduled.meeting().minutesPublished(), event.isOver(now),
					"/arbeitsgruppen/" + group + "/treffen/" + event.slug(),
					(event.version() != null) ? event.version() : 0);
		}

	}

	record PersonRow(String memberId, String name, @Nullable String municipality, boolean coordinator) {

		static PersonRow of(GroupPerson person, Map<String, String> names) {
			return new PersonRow(
					person.memberId(), person.name(), (person.municipality() != null)
							? names.getOrDefault(person.municipality(), person.municipality()) : null,
					person.coordinator());
		}

	}

	record RequestRow(String memberId, String name, @Nullable String municipality, @Nullable String message,
			LocalDateTime requestedAt) {

		static RequestRow of(JoinRequest request, Map<String, String> names) {
			return new RequestRow(request.memberId(), request.name(),
					(request.municipality() != null)
							? names.getOrDefault(request.municipality(), request.municipality()) : null,
					request.message(), Berlin.local(request.requestedAt()));
		}

	}

	/**
	 * A Maßnahme with who is responsible and the meeting it was agreed at.
	 */
	record ActionRow(String id, String text, @Nullable String responsible, @Nullable LocalDate due, boolean overdue,
			boolean done, @Nullable String meetingTitle, String meetingHref) {

		static ActionRow of(String group, GroupAction action, Map<String, String> municipalityNames,
				Map<String, String> meetingTitles, LocalDate today) {
			String responsible = (action.responsibleName() != null) ? action.responsibleName()
					: (action.responsibleMunicipality() != null) ? municipalityNames
						.getOrDefault(action.responsibleMunicipality(), action.responsibleMunicipality()) : null;
			return new ActionRow(action.id(), action.text(), responsible, action.due(), action.isOverdue(today),
					action.status() == ActionStatus.ERLEDIGT, meetingTitles.get(action.meeting()),
					"/arbeitsgruppen/" + group + "/treffen/" + action.meeting());
		}

	}

}
