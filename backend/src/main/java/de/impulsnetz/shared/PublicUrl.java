package de.impulsnetz.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's one public address ({@code impulsnetz.public-url}): what links in mails,
 * feeds and calendars and canonical page addresses start with, never what a request
 * claims. Checked at start-up: an absolute {@code http} or {@code https} address, with a
 * path at most, no query or fragment.
 */
@Component
public final class PublicUrl {

	private final String base;

	PublicUrl(@Value("${impulsnetz.public-url}") String configured) {
		this.base = check(configured);
	}

	/**
	 * For tests and code outside the application context; checked as at start-up.
	 */
	public static PublicUrl of(String configured) {
		return new PublicUrl(configured);
	}

	/**
	 * The address without a trailing slash, to put paths after.
	 */
	public String base() {
		return this.base;
	}

	/**
	 * The absolute address of a path of the site ({@code /praxis/x} or {@code praxis/x}).
	 */
	public String resolve(String path) {
		return this.base + (path.startsWith("/") ? path : "/" + path);
	}

	@Override
	public String toString() {
		return this.base;
	}

	private static String check(String configured) {
		String trimmed = configured.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		try {
			URI uri = new URI(trimmed);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
					&& uri.getFragment() == null) {
				return trimmed;
			}
		}
		catch (URISyntaxException ex) {
			// refused below
		}
		throw new IllegalArgumentException("Die öffentliche Adresse \"" + configured
				+ "\" ist keine absolute http- oder https-Adresse (ohne ?…/#…): Setzen Sie IMPULSNETZ_PUBLIC_URL "
				+ "(impulsnetz.public-url), etwa https://impulsnetz.example. / The public address \"" + configured
				+ "\" is no absolute http or https URL (without query or fragment): set IMPULSNETZ_PUBLIC_URL, "
				+ "e.g. https://impulsnetz.example.");
	}

}
