package de.impulsnetz.barcamp.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The confirmation a page shows after a redirect, from a flag in the query string
 * ({@code ?angemeldet}).
 */
public final class Notices {

	private Notices() {
	}

	/**
	 * The message key of the first flag present, or {@code null}.
	 */
	public static @Nullable String of(ServerHttpRequest request, Map<String, String> keysByFlag) {
		return keysByFlag.entrySet()
			.stream()
			.filter((entry) -> request.getQueryParams().containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
