package de.impulsnetz.shared.web;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Helpers for page controllers.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Ends a page with the German 404 page.
	 */
	public static <T> Mono<T> notFound() {
		return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
