package de.impulsnetz.talk;

/**
 * A {@code <track>} of the player: captions per language, or the chapters.
 *
 * @param kind {@code captions} or {@code chapters}
 * @param language BCP 47 tag, e.g. {@code de}
 * @param label what the caption switch shows, e.g. "Deutsch"
 * @param url the WebVTT file, on this site
 * @param isDefault the track the player shows first
 */
public record TextTrack(String kind, String language, String label, String url, boolean isDefault) {

}
