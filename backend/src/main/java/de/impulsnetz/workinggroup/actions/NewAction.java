package de.impulsnetz.workinggroup.actions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A Maßnahme as someone in the group writes it down.
 *
 * @param responsibleMunicipality slug of a member municipality, or {@code null}
 * @param responsiblePerson member id of a person in the group, or {@code null}
 */
public record NewAction(String text, @Nullable String responsibleMunicipality, @Nullable String responsiblePerson,
		@Nullable LocalDate due) {

	public static final int MAX_TEXT = 2000;

	public NewAction {
		text = (text != null) ? text.strip() : "";
		responsibleMunicipality = blankToNull(responsibleMunicipality);
		responsiblePerson = blankToNull(responsiblePerson);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
