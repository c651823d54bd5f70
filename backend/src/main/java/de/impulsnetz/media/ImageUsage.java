package de.impulsnetz.media;

import reactor.core.publisher.Flux;

/**
 * Implemented by every feature whose texts show uploaded images, so that
 * {@link UnusedImages} keeps what is shown and removes what nobody uses, without the
 * media module knowing the features.
 */
public interface ImageUsage {

	/**
	 * Names of the images (as in {@code /medien/{name}}) the feature's texts show now or
	 * may show again; {@link Images#referencedIn(String)} finds them in Markdown.
	 */
	Flux<String> referencedImages();

}
