package de.impulsnetz.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;

/**
 * URL slugs in German: umlauts become ae/oe/ue, ß becomes ss, everything else is reduced
 * to lower-case ASCII letters, digits and single hyphens.
 */
public final class Slugs {

	private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final int MAX_ATTEMPTS = 100;

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

	/**
	 * Inserts with the first free slug of {@code base}, {@code base-2}, {@code base-3},
	 * …: the unique index decides, so two inserts of the same title at once both succeed
	 * with different slugs.
	 */
	public static <T> Mono<T> insertWithFree(String base, Function<String, Mono<T>> insert) {
		return insertWithFree(base, insert, 1);
	}

	private static <T> Mono<T> insertWithFree(String base, Function<String, Mono<T>> insert, int attempt) {
		String slug = (attempt == 1) ? base : base + "-" + attempt;
		return insert.apply(slug)
			.onErrorResume(DuplicateKeyException.class, (taken) -> (attempt < MAX_ATTEMPTS)
					? insertWithFree(base, insert, attempt + 1) : Mono.error(taken));
	}

	public static boolean isValid(String slug) {
		return slug != null && VALID.matcher(slug).matches();
	}

}
