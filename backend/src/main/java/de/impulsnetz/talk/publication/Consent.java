package de.impulsnetz.talk.publication;

/**
 * What a speaker agreed to: being recorded, the recording being published, and the
 * licence. Withdrawing either takes the recording offline at once.
 */
public record Consent(boolean recording, boolean publication, Licence licence) {

	/** Nothing agreed yet: how every speaker starts. */
	public static final Consent NONE = new Consent(false, false, Licence.ALL_RIGHTS_RESERVED);

	public Consent {
		licence = (licence != null) ? licence : Licence.ALL_RIGHTS_RESERVED;
	}

	/**
	 * Agreed both to the recording and its publication.
	 */
	public boolean agreed() {
		return this.recording && this.publication;
	}

}
