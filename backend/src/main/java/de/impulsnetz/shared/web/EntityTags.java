package de.impulsnetz.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import de.impulsnetz.shared.formats.Calendars;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * Strong entity tags of answers, from their bytes: the same bytes, the same tag.
 */
public final class EntityTags {

	private static final Pattern STAMPS = Pattern.compile("(?m)^DTSTAMP[:;][^\\r\\n]*\\r?\\n");

	private EntityTags() {
	}

	/**
	 * The tag of these bytes: the first 128 bits of their SHA-256, quoted.
	 */
	public static String of(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * A calendar for one member at her secret address: her calendar app keeps it five
	 * minutes, then asks with {@code If-None-Match} and gets a 304 without the body while
	 * nothing changed (Spring answers that from the tag). The tag is weak and leaves out
	 * the {@code DTSTAMP} lines: iCal4j stamps every event with the second it was
	 * written, so the bytes differ on every request while the calendar does not.
	 */
	public static ResponseEntity<String> personalCalendar(String ics) {
		String content = STAMPS.matcher(ics).replaceAll("");
		return ResponseEntity.ok()
			.contentType(Calendars.MEDIA_TYPE)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.eTag("W/" + of(content.getBytes(StandardCharsets.UTF_8)))
			.body(ics);
	}

}
