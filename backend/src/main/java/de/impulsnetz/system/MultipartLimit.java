package de.impulsnetz.system;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import de.impulsnetz.shared.web.StreamedForms;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A multipart request (the editor's form with one image) is read up to
 * {@code impulsnetz.multipart.max-request-size} in all and refused with 413 beyond it, as
 * is a part over {@code spring.webflux.multipart.max-disk-usage-per-part}: the limits per
 * part alone would still let one request put many parts on the disk. The
 * {@link StreamedForms} are left to their controllers.
 */
@Component
class MultipartLimit implements WebFilter, HttpHandlerDecoratorFactory, Ordered {

	private final long maxBytes;

	private final List<PathPattern> streamed;

	MultipartLimit(@Value("${impulsnetz.multipart.max-request-size}") DataSize maxBytes,
			List<StreamedForms> streamedForms) {
		this.maxBytes = maxBytes.toBytes();
		this.streamed = streamedForms.stream()
			.flatMap((forms) -> forms.paths().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/**
	 * The request's body, counted from the first byte: the exchange reads its multipart
	 * data from the request it was created with, so the count must be in place before.
	 */
	@Override
	public HttpHandler apply(HttpHandler handler) {
		return (request, response) -> handler.handle(isLimited(request) ? limited(request) : request, response);
	}

	private ServerHttpRequest limited(ServerHttpRequest request) {
		return new ServerHttpRequestDecorator(request) {

			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong read = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (read.addAndGet(buffer.readableByteCount()) > MultipartLimit.this.maxBytes) {
						DataBufferUtils.release(buffer);
						sink.error(tooLarge());
					}
					else {
						sink.next(buffer);
					}
				});
			}

		};
	}

	/**
	 * Refuses a multipart request that announces too many bytes at once, and turns every
	 * limit a multipart request ran into while it was read into 413, which the error
	 * pages and the API's problem details answer in German.
	 */
	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!isLimited(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		if (exchange.getRequest().getHeaders().getContentLength() > this.maxBytes) {
			return Mono.error(tooLarge());
		}
		return chain.filter(exchange).onErrorMap(MultipartLimit::isOverLimit, (failure) -> tooLarge());
	}

	/**
	 * Multipart, and not one of the {@link StreamedForms} whose controllers stream the
	 * file under a limit of their own.
	 */
	private boolean isLimited(ServerHttpRequest request) {
		return isMultipart(request) && this.streamed.stream()
			.noneMatch((pattern) -> pattern.matches(request.getPath().pathWithinApplication()));
	}

	private static boolean isMultipart(ServerHttpRequest request) {
		MediaType type = request.getHeaders().getContentType();
		return type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type);
	}

	private static boolean isOverLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataBufferLimitException) {
				return true;
			}
			// DefaultPartHttpMessageReader's refusal of more than max-parts parts.
			if (cause instanceof DecodingException decoding && decoding.getMessage() != null
					&& decoding.getMessage().startsWith("Too many parts")) {
				return true;
			}
			if (cause instanceof ResponseStatusException status
					&& status.getStatusCode().value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
				return true;
			}
		}
		return false;
	}

	private static ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
	}

}
