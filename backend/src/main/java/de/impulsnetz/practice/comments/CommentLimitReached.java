package de.impulsnetz.practice.comments;

/**
 * The member wrote too many comments in a short time; they may write again later.
 */
public class CommentLimitReached extends RuntimeException {

	CommentLimitReached() {
		super("Comment rate limit reached");
	}

}
