package de.impulsnetz.talk.summary;

/**
 * A talk's summary was published (first or again with changes): the series' feed lists it
 * and the watchers of the series hear of it.
 *
 * @param talkId the talk's id
 * @param series the series' slug
 * @param slug the talk's slug within the series
 */
public record SummaryPublished(String talkId, String series, String slug) {

}
