package de.impulsnetz.talk.publication;

/**
 * A talk's recording was published: readers may now play it, its series' feed lists it
 * and the watchers of the series hear of it.
 *
 * @param talkId the talk's id
 * @param series the series' slug
 * @param slug the talk's slug within the series
 */
public record TalkPublished(String talkId, String series, String slug) {

}
