package de.impulsnetz.barcamp.web;

import java.util.Map;

import de.impulsnetz.shared.Notice;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The confirmation a barcamp page shows after a redirect, from a flag in the query string
 * ({@code ?teilnahme-bestaetigt}), found by {@link de.impulsnetz.shared.Notices}. Barcamp
 * pages still place it by their own anchors (#anmeldung, #vorschlag-…) rather than next
 * to the action; moving them to the shared pattern removes this class.
 */
public final class Notices {

	private Notices() {
	}

	/**
	 * The message key of the first flag present, or {@code null}.
	 */
	public static @Nullable String of(ServerHttpRequest request, Map<String, String> keysByFlag) {
		Notice notice = de.impulsnetz.shared.Notices.at("barcamp", keysByFlag).find(request);
		return (notice != null) ? notice.key() : null;
	}

}
