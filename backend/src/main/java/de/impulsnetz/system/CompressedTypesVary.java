package de.impulsnetz.system;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Responses of the types the server compresses ({@code server.compression.mime-types})
 * say {@code Vary: Accept-Encoding}: Netty gzips them for clients that accept it without
 * saying so, and a cache in front (nginx, a municipal proxy, a CDN) must not hand the
 * gzipped bytes to a client that did not ask for them. Added to whatever else the
 * response varies by.
 */
@Component
class CompressedTypesVary implements WebFilter, Ordered {

	private final List<MediaType> compressed;

	CompressedTypesVary(@Value("${server.compression.mime-types:}") List<String> compressed) {
		this.compressed = compressed.stream()
			.map(String::strip)
			.filter((type) -> !type.isEmpty())
			.map(MediaType::parseMediaType)
			.toList();
	}

	/**
	 * Last of the filters: its check before the response is sent runs after those of the
	 * others, so that it adds to a {@code Vary} they set rather than being overwritten.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			MediaType type = headers.getContentType();
			if (type != null && this.compressed.stream().anyMatch((compressed) -> compressed.includes(type))) {
				List<String> vary = new ArrayList<>(headers.getVary());
				if (vary.stream()
					.noneMatch((name) -> name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING) || name.equals("*"))) {
					vary.add(HttpHeaders.ACCEPT_ENCODING);
					headers.setVary(vary);
				}
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

}
