package de.impulsnetz.talk;

import de.impulsnetz.talk.publication.Consent;
import org.jspecify.annotations.Nullable;

/**
 * Who gave a talk, for which institution, and what they agreed to.
 *
 * @param bio a short biography, plain text
 */
public record Speaker(String name, @Nullable String affiliation, @Nullable String bio, Consent consent) {

	public Speaker {
		consent = (consent != null) ? consent : Consent.NONE;
	}

	/**
	 * A speaker who has agreed to nothing yet.
	 */
	public Speaker(String name, @Nullable String affiliation) {
		this(name, affiliation, null, Consent.NONE);
	}

	public Speaker withConsent(Consent changed) {
		return new Speaker(this.name, this.affiliation, this.bio, changed);
	}

}
