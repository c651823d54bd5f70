package de.impulsnetz.practice;

/**
 * A practice was created, edited or moved on in its workflow.
 */
public record PracticeChanged(String slug) {

}
