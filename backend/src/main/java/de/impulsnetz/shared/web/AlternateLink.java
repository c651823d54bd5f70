package de.impulsnetz.shared.web;

/**
 * A feed of a page, for a {@code <link rel="alternate">} in its head, so that feed
 * readers and podcast apps find it from the page's address. The layout writes the links
 * of the model attribute {@code alternates}.
 *
 * @param type e.g. {@code application/rss+xml}
 * @param path the feed's address on this site
 * @param titleKey the message key of its title
 */
public record AlternateLink(String type, String path, String titleKey) {

}
