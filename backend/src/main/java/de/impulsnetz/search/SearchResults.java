package de.impulsnetz.search;

import java.util.List;

/**
 * The best hits of a query and how many there were in all.
 */
public record SearchResults(String query, List<SearchHit> hits, long total) {

}
