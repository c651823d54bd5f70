package de.impulsnetz.search;

/**
 * A place inside a document's text with its own address, e.g. the second of a recording
 * where a transcript line is spoken: a hit at or after the offset (and before the next
 * anchor) links there.
 *
 * @param offset where the place starts in {@link SearchDocument#text()}
 * @param url where people read it, e.g. {@code /impulse/r/t/transkript?t=754#player}
 * @param label how the place is named to readers, e.g. {@code 12:34}
 */
public record SearchAnchor(int offset, String url, String label) {

}
