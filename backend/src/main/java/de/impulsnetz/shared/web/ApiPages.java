package de.impulsnetz.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lists of the JSON API in pages: {@code seite} (from 1) and {@code groesse} (at most
 * {@value #MAX_SIZE}). The body stays an array; {@code X-Total-Count} and {@code Link}
 * ({@code first}, {@code prev}, {@code next}, {@code last}) give the rest.
 */
public final class ApiPages {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 100;

	private ApiPages() {
	}

	/**
	 * The requested page of {@code all}; only its entries are turned into responses.
	 */
	public static <S, T> Mono<ResponseEntity<List<T>>> page(Flux<S> all, int seite, int groesse,
			ServerHttpRequest request, Function<S, Mono<T>> response) {
		int size = Math.max(1, Math.min(groesse, MAX_SIZE));
		int page = Math.max(1, seite);
		return all.collectList().flatMap((found) -> {
			int last = Math.max(1, (found.size() + size - 1) / size);
			List<S> slice = found.subList(Math.min(found.size(), (page - 1) * size),
					Math.min(found.size(), page * size));
			List<String> links = new ArrayList<>();
			links.add(link(request, 1, size, "first"));
			if (page > 1) {
				links.add(link(request, Math.min(page - 1, last), size, "prev"));
			}
			if (page < last) {
				links.add(link(request, page + 1, size, "next"));
			}
			links.add(link(request, last, size, "last"));
			return Flux.fromIterable(slice)
				.concatMap(response)
				.collectList()
				.map((body) -> ResponseEntity.ok()
					.header("X-Total-Count", String.valueOf(found.size()))
					.header(HttpHeaders.LINK, String.join(", ", links))
					.body(body));
		});
	}

	private static String link(ServerHttpRequest request, int page, int size, String relation) {
		String uri = UriComponentsBuilder.fromPath(request.getPath().value())
			.query(request.getURI().getRawQuery())
			.replaceQueryParam("seite", page)
			.replaceQueryParam("groesse", size)
			.build(true)
			.toUriString();
		return "<" + uri + ">; rel=\"" + relation + "\"";
	}

}
