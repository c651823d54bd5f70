package de.impulsnetz.practice.web;

import org.jspecify.annotations.Nullable;

/**
 * A question to the authors, or an answer.
 *
 * @param answerTo the question answered, or empty for a new question
 */
record CommentForm(@Nullable String text, @Nullable String answerTo) {

	static final CommentForm EMPTY = new CommentForm("", null);

}
