package de.impulsnetz.workinggroup.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.impulsnetz.barcamp.Event;
import de.impulsnetz.shared.Berlin;
import de.impulsnetz.workinggroup.GroupPerson;
import de.impulsnetz.workinggroup.GroupRights;
import de.impulsnetz.workinggroup.WorkingGroup;
import de.impulsnetz.workinggroup.actions.ActionStatus;
import de.impulsnetz.workinggroup.actions.GroupAction;
import de.impulsnetz.workinggroup.meetings.Meeting;
import de.impulsnetz.workinggroup.meetings.ScheduledMeeting;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the working-group API. Property names are German where the issue
 * names them ({@code title}, {@code coordinator}, {@code members}, {@code purpose} stay
 * as the issue has them).
 */
final class GroupApiModels {

	private GroupApiModels() {
	}

	record GroupRequest(
			@Schema(description = "Titel der Arbeitsgruppe", example = "Social Media im Kreis") String title,
			@Schema(description = "Slug der koordinierenden Kommune", example = "kreis-steinfurt") String coordinator,
			@Schema(description = "Slugs weiterer Mitgliedskommunen") @Nullable List<String> members,
			@Schema(description = "Zweck der Gruppe (Markdown)") @Nullable String purpose) {

	}

	/**
	 * @param people only for the people in the group (and admins); otherwise absent
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record GroupResponse(String slug, String title, String purpose, String coordinator, List<String> members,
			long version, @Nullable List<PersonResponse> people) {

		static GroupResponse of(WorkingGroup group, boolean internal) {
			return new GroupResponse(group.slug(), group.title(), group.purpose(), group.coordinator(),
					group.municipalities(), (group.version() != null) ? group.version() : 0,
					internal ? group.people().stream().map(PersonResponse::of).toList() : null);
		}

	}

	record PersonResponse(String id, String name, @Nullable String municipality, boolean coordinator) {

		static PersonResponse of(GroupPerson person) {
			return new PersonResponse(person.memberId(), person.name(), person.municipality(), person.coordinator());
		}

	}

	record MeetingRequest(@Schema(description = "Titel des Treffens") String title,
			@Schema(description = "Datum (ISO)", example = "2027-03-10") @Nullable LocalDate date,
			@Schema(description = "Beginn", example = "14:00") @Nullable String from,
			@Schema(description = "Ende", example = "17:00") @Nullable String to,
			@Schema(description = "Ort (Name)") String venue, @Schema(description = "Stadt") String city,
			@Schema(description = "Plätze") int capacity,
			@Schema(description = "true: dieses und die drei folgenden Quartale auf einmal anlegen") boolean quarterly) {

	}

	/**
	 * @param slug the meeting's address: its event's slug
	 * ({@code /api/v1/veranstaltungen/{slug}} has the registration)
	 * @param agenda only for the people in the group
	 * @param minutes published minutes for everyone, drafts only for the people in the
	 * group
	 * @param version the version to send with a change of agenda or minutes (people in
	 * the group)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record MeetingResponse(String slug, String title, String start, String end, String venue, String city,
			boolean minutesPublished, @Nullable String agenda, @Nullable String minutes, @Nullable Long version) {

		static MeetingResponse of(ScheduledMeeting scheduled, GroupRights rights) {
			return of(scheduled, rights.readInternal(), rights.readMinutes(scheduled.meeting().minutesPublished()));
		}

		/**
		 * The meeting as the people in the group see it, who just planned or wrote it.
		 */
		static MeetingResponse forGroup(ScheduledMeeting scheduled) {
			return of(scheduled, true, true);
		}

		private static MeetingResponse of(ScheduledMeeting scheduled, boolean internal, boolean minutes) {
			Event event = scheduled.event();
			Meeting meeting = scheduled.meeting();
			return new MeetingResponse(event.slug(), event.title(), Berlin.iso(event.startsAt()),
					Berlin.iso(event.endsAt()), event.venue().name(), event.venue().city(), meeting.minutesPublished(),
					internal ? meeting.agenda() : null, minutes ? meeting.minutes() : null,
					internal ? meeting.version() : null);
		}

	}

	record TextRequest(@Schema(description = "Markdown") String text,
			@Schema(description = "Version, von der die Änderung ausgeht") long version) {

	}

	record ActionRequest(@Schema(description = "Was zu tun ist") String text, @Schema(
			description = "Slug einer Mitgliedskommune, die sich kümmert") @Nullable String responsibleMunicipality,
			@Schema(description = "ID einer Person der Gruppe, die sich kümmert") @Nullable String responsiblePerson,
			@Schema(description = "Bis wann (ISO-Datum)") @Nullable LocalDate due) {

	}

	record StatusRequest(@Schema(description = "OFFEN oder ERLEDIGT") ActionStatus status) {

	}

	record ActionResponse(String id, String meeting, String text, @Nullable String responsibleMunicipality,
			@Nullable String responsiblePerson, @Nullable String responsibleName, @Nullable LocalDate due,
			ActionStatus status, boolean overdue) {

		static ActionResponse of(GroupAction action, LocalDate today) {
			return new ActionResponse(action.id(), action.meeting(), action.text(), action.responsibleMunicipality(),
					action.responsibleMemberId(), action.responsibleName(), action.due(), action.status(),
					action.isOverdue(today));
		}

	}

}
