package de.impulsnetz.shared.formats;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.http.MediaType;

/**
 * What every Atom feed of the site shares, built with Rome: German feeds by the
 * Impulsnetz with a {@code self} and an {@code alternate} link, entries that link to
 * their page, and links made from the configured public address ({@link PublicUrl}),
 * never from what a request claims.
 */
public final class AtomFeeds {

	public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private AtomFeeds() {
	}

	/**
	 * A feed without entries yet.
	 * @param self the feed's own address
	 * @param page the page the feed follows
	 * @param updated when its newest entry changed; {@link Instant#EPOCH} for none
	 */
	public static SyndFeed feed(String title, String self, String page, Instant updated) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(title);
		feed.setUri(self);
		feed.setLanguage("de");
		feed.setLinks(List.of(link(self, "self", MEDIA_TYPE.toString()), link(page, "alternate", "text/html")));
		feed.setPublishedDate(Date.from(updated));
		SyndPerson operator = new SyndPersonImpl();
		operator.setName("Impulsnetz");
		feed.setAuthors(List.of(operator));
		return feed;
	}

	/**
	 * An entry whose id is its page's address (plus a fragment where a page has several).
	 */
	public static SyndEntry entry(String title, String id, String page, Instant published, Instant updated) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(title);
		entry.setLink(page);
		entry.setUri(id);
		entry.setPublishedDate(Date.from(published));
		entry.setUpdatedDate(Date.from(updated));
		return entry;
	}

	public static SyndContent content(String type, String value) {
		SyndContent content = new SyndContentImpl();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	public static String write(SyndFeed feed) {
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Feed could not be written", ex);
		}
	}

	private static SyndLink link(String href, String rel, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setHref(href);
		link.setRel(rel);
		link.setType(type);
		return link;
	}

}
