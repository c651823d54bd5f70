package de.impulsnetz.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs in German: umlauts become ae/oe/ue, ß becomes ss, everything else is reduced
 * to lower-case ASCII letters, digits and single hyphens.
 */
public final class Slugs {

	private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private Slugs() {
	}

	public static String of(String text) {
		String german = text.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = NON_SLUG.matcher(ascii).replaceAll("-");
		return slug.replaceAll("^-+|-+$", "");
	}

	public static boolean isValid(String slug) {
		return slug != null && VALID.matcher(slug).matches();
	}

}
