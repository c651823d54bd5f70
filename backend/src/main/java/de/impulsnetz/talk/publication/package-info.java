/**
 * What a talk's recording needs before it is published and what publishing tells others:
 * the speakers' consents and licence, the rules each sub-domain contributes
 * ({@link de.impulsnetz.talk.publication.PublicationRequirement}), what is still missing,
 * and the event {@link de.impulsnetz.talk.publication.TalkPublished}.
 */
package de.impulsnetz.talk.publication;
