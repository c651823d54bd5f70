package de.impulsnetz.workinggroup.campaign;

import org.jspecify.annotations.Nullable;

/**
 * What a municipality changes on one of its rows: the status with the post's address, its
 * own text, and the figures after the campaign. {@code null} leaves a part as it is.
 *
 * @param url the post's address (https), required with {@link PostStatus#VEROEFFENTLICHT}
 */
public record PostChange(@Nullable PostStatus status, @Nullable String url, @Nullable String text,
		PlannedPost.@Nullable Figures figures) {

	public PostChange {
		url = (url == null || url.isBlank()) ? null : url.strip();
		text = (text == null) ? null : text.strip();
	}

}
