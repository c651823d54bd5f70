package de.impulsnetz.talk;

/**
 * Organisers published a talk's recording: it is out for readers now.
 */
public record TalkPublished(String series, String slug) {

}
