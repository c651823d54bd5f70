package de.impulsnetz.talk.summary;

import org.jspecify.annotations.Nullable;

/**
 * Someone saved the summary since the organiser opened it: their save (or publication) is
 * refused so that neither text is lost.
 */
public class SummaryConflict extends RuntimeException {

	private final int currentVersion;

	private final @Nullable String savedByName;

	SummaryConflict(int currentVersion, @Nullable String savedByName) {
		super("The summary was changed in the meantime (now version " + currentVersion + ")");
		this.currentVersion = currentVersion;
		this.savedByName = savedByName;
	}

	/**
	 * The version stored now, to send along with the next attempt.
	 */
	public int currentVersion() {
		return this.currentVersion;
	}

	/**
	 * Who saved that version, where known.
	 */
	public @Nullable String savedByName() {
		return this.savedByName;
	}

}
