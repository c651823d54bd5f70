package de.impulsnetz.workinggroup.campaign;

import java.time.LocalDate;

import de.impulsnetz.municipality.Platform;
import org.jspecify.annotations.Nullable;

/**
 * A row of the posting plan as a municipality plans it.
 *
 * @param idea number (from 1) of the shared material it follows, or {@code null}
 * @param text the municipality's own words
 */
public record NewPost(@Nullable String municipality, @Nullable Platform platform, @Nullable LocalDate date,
		@Nullable Integer idea, String text) {

	public static final int MAX_TEXT = 5000;

	public NewPost {
		municipality = (municipality == null || municipality.isBlank()) ? null : municipality.strip();
		text = (text != null) ? text.strip() : "";
	}

}
