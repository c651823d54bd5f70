package de.impulsnetz.practice;

/**
 * A link to something readers can look at: a channel, a post, a strategy paper.
 */
public record Link(String title, String url) {

}
