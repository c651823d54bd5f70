package de.impulsnetz.search;

/**
 * Content of a search source changed; the index fetches it anew (or drops it).
 */
public record SearchableChanged(String kind, String key) {

}
