package de.impulsnetz.practice.comments;

/**
 * The authors (or anyone) answered a question under a case.
 */
public record QuestionAnswered(String slug, String questionId) {

}
