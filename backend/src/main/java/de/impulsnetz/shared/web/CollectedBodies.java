package de.impulsnetz.shared.web;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * A response body collected into one array, for answers that are kept in memory to be
 * sent again (kept pages, kept assets).
 */
public final class CollectedBodies {

	private CollectedBodies() {
	}

	/**
	 * The body's bytes (empty for an empty body); the buffers are released.
	 */
	public static Mono<byte[]> of(Publisher<? extends DataBuffer> body) {
		return DataBufferUtils.join(body).map((joined) -> {
			byte[] bytes = new byte[joined.readableByteCount()];
			joined.read(bytes);
			DataBufferUtils.release(joined);
			return bytes;
		}).defaultIfEmpty(new byte[0]);
	}

}
