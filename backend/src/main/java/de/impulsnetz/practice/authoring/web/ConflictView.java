package de.impulsnetz.practice.authoring.web;

import de.impulsnetz.practice.Practice;
import org.jspecify.annotations.Nullable;

/**
 * What the editor says when someone else saved in the meantime: which revision is stored
 * now, and the version to base the next save on.
 */
record ConflictView(String slug, int revision, @Nullable Long version) {

	static ConflictView of(Practice current) {
		return new ConflictView(current.slug(), current.latestRevision(), current.version());
	}

}
