package de.impulsnetz.shared.formats;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.http.MediaType;

/**
 * What every iCalendar feed of the site (RFC 5545, built with ical4j) shares: its media
 * type, the calendar's head and texts that calendar apps read as they were meant.
 */
public final class Calendars {

	private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

	public static final MediaType MEDIA_TYPE = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private Calendars() {
	}

	/**
	 * An empty calendar of this site with the name calendar apps show for it.
	 * @param product what the feed is, for the {@code PRODID}, e.g. {@code Sessionplan}
	 */
	public static Calendar named(String product, String name) {
		return new Calendar().add(new ProdId("-//Impulsnetz//" + product + "//DE"))
			.add(ImmutableVersion.VERSION_2_0)
			.add(ImmutableCalScale.GREGORIAN)
			.add(new XProperty("X-WR-CALNAME", text(name)));
	}

	/**
	 * Line breaks as iCalendar escapes them ({@code \n}); ical4j leaves carriage returns
	 * alone, and a lone one ends the content line in some calendars, so that the rest of
	 * the text could be read as properties of its own.
	 */
	public static String text(String value) {
		return LINE_BREAKS.matcher(value).replaceAll("\n");
	}

}
