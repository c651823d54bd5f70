package de.impulsnetz.workinggroup;

import java.util.List;
import java.util.Objects;

/**
 * What an organiser gives to found a working group.
 *
 * @param coordinator slug of the coordinating municipality
 * @param members slugs of further member municipalities
 * @param purpose Markdown
 */
public record NewGroup(String title, String coordinator, List<String> members, String purpose) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_PURPOSE = 20_000;

	public NewGroup {
		title = (title != null) ? title.strip() : "";
		coordinator = (coordinator != null) ? coordinator.strip() : "";
		members = (members != null) ? members.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((slug) -> !slug.isEmpty())
			.toList() : List.of();
		purpose = (purpose != null) ? purpose.strip() : "";
	}

}
