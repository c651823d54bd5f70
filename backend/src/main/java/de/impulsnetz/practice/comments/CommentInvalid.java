package de.impulsnetz.practice.comments;

/**
 * A question or answer that is empty or longer than allowed.
 */
public class CommentInvalid extends RuntimeException {

	CommentInvalid() {
		super("Comment empty or too long");
	}

}
