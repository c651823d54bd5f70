package de.impulsnetz.talk.recording;

/**
 * A talk's new recording is ready to play (its job has finished in the background): the
 * talk page, its player and the series' podcast feed show it from now on.
 *
 * @param series the series' slug
 * @param talk the talk's slug within the series
 */
public record RecordingProcessed(String series, String talk) {

}
