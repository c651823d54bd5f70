package de.impulsnetz.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The one way a page learns what to confirm after a redirect: a flag in the query string
 * ({@code ?gespeichert}) names a {@link Notice}; the redirect ends in {@code #meldung},
 * the message itself. Each page controller keeps the flags it understands in one
 * instance.
 */
public final class Notices {

	private final Map<String, Notice> byFlag;

	private Notices(Map<String, Notice> byFlag) {
		this.byFlag = byFlag;
	}

	/**
	 * Notices shown at one place of the page.
	 * @param place where the message appears
	 * @param keysByFlag message key by query flag
	 */
	public static Notices at(String place, Map<String, String> keysByFlag) {
		return new Notices(new LinkedHashMap<>()).and(place, keysByFlag);
	}

	/**
	 * These notices and further ones shown at another place.
	 */
	public Notices and(String place, Map<String, String> keysByFlag) {
		Map<String, Notice> all = new LinkedHashMap<>(this.byFlag);
		keysByFlag.forEach((flag, key) -> all.put(flag, new Notice(key, place)));
		return new Notices(all);
	}

	/**
	 * The notice of the first flag present, or {@code null}.
	 */
	public @Nullable Notice find(ServerHttpRequest request) {
		return this.byFlag.entrySet()
			.stream()
			.filter((entry) -> request.getQueryParams().containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The address to redirect to after an action: the page with the flag, scrolled to the
	 * message ({@code /praxis/a?gespeichert#meldung}).
	 */
	public static String redirect(String path, String flag) {
		return path + (path.contains("?") ? "&" : "?") + flag + "#" + Notice.ANCHOR;
	}

}
