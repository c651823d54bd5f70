package de.impulsnetz.municipality.channel;

import org.jspecify.annotations.Nullable;

/**
 * Someone saved the channels since the member read them: the save is refused so that
 * neither change is lost.
 */
public class ChannelConflict extends RuntimeException {

	private final int currentVersion;

	private final @Nullable String savedByName;

	ChannelConflict(int currentVersion, @Nullable String savedByName) {
		super("The channels were changed in the meantime (now version " + currentVersion + ")");
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
	 * Who saved that version; {@code null} for the content files.
	 */
	public @Nullable String savedByName() {
		return this.savedByName;
	}

}
