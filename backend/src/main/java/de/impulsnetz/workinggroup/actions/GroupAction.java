package de.impulsnetz.workinggroup.actions;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Maßnahme agreed at a meeting of a working group. For the people in the group only.
 *
 * @param meeting the slug of the meeting's event
 * @param responsibleMunicipality a member municipality that takes care of it
 * @param responsibleMemberId a person in the group who takes care of it
 * @param responsibleName that person's name, as shown
 * @param due until when; {@code null}: no date agreed
 * @param createdBy member id of whoever wrote it down; gone once they erased their
 * account
 */
@Document("groupActions")
public record GroupAction(@Id @Nullable String id, @Indexed String group, String meeting, String text,
		@Nullable String responsibleMunicipality, @Nullable String responsibleMemberId,
		@Nullable String responsibleName, @Nullable LocalDate due, ActionStatus status, @Nullable String createdBy,
		Instant createdAt, @Nullable Instant doneAt, @Version @Nullable Long version) {

	public boolean isOverdue(LocalDate today) {
		return this.status == ActionStatus.OFFEN && this.due != null && this.due.isBefore(today);
	}

}
