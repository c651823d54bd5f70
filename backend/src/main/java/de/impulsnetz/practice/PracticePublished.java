package de.impulsnetz.practice;

/**
 * A practice became visible to everyone (first publication or after a review).
 */
public record PracticePublished(String slug) {

}
