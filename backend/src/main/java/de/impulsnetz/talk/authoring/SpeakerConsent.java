package de.impulsnetz.talk.authoring;

import de.impulsnetz.talk.publication.Consent;

/**
 * The consent of the speaker with this name, as the talk lists them.
 */
public record SpeakerConsent(String speaker, Consent consent) {

}
