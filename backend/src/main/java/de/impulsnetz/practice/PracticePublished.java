package de.impulsnetz.practice;

/**
 * A practice became visible to everyone for the first time, after its review. A published
 * change to it is a {@link PracticeChanged}.
 */
public record PracticePublished(String slug) {

}
