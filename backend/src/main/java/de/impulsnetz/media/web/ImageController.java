package de.impulsnetz.media.web;

import java.time.Duration;

import de.impulsnetz.media.Images;
import de.impulsnetz.shared.web.Pages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves uploaded images from the site's own origin. A name never changes its bytes, so
 * browsers may keep them for a year.
 */
@RestController
class ImageController {

	private final Images images;

	ImageController(Images images) {
		this.images = images;
	}

	@GetMapping("/medien/{name:[A-Za-z0-9_-]{22}\\.[a-z]{3,4}}")
	Mono<ResponseEntity<Flux<DataBuffer>>> image(@PathVariable String name) {
		return this.images.load(name)
			.map((file) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.image().type().mediaType()))
				.contentLength(file.image().size())
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.header("Content-Disposition", ContentDisposition.inline().filename(name).build().toString())
				.body(file.content()))
			.switchIfEmpty(Pages.notFound());
	}

}
