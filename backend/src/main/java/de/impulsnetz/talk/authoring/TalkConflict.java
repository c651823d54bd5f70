package de.impulsnetz.talk.authoring;

import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the series or talk since the member opened it; their save is refused
 * so that neither text is lost.
 */
public class TalkConflict extends RuntimeException {

	private final @Nullable Long currentVersion;

	TalkConflict(String key, @Nullable Long currentVersion) {
		super(key + " was changed in the meantime (now version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	/**
	 * The version to base the next save on.
	 */
	public @Nullable Long currentVersion() {
		return this.currentVersion;
	}

}
