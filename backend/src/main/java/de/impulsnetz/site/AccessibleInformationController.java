package de.impulsnetz.site;

import java.nio.file.Path;

import reactor.core.publisher.Mono;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * What BITV 2.0 § 4 asks a public body to offer from its start page: information about
 * the site in Leichte Sprache ({@code /leichte-sprache}) and in Deutsche Gebärdensprache
 * ({@code /gebaerdensprache}, the operator's videos, see {@link SignLanguageVideos}).
 */
@Controller
class AccessibleInformationController {

	private static final MediaType VTT = MediaType.parseMediaType("text/vtt;charset=UTF-8");

	private final SignLanguageVideos videos;

	private final Operator operator;

	AccessibleInformationController(SignLanguageVideos videos, Operator operator) {
		this.videos = videos;
		this.operator = operator;
	}

	/** The contact both pages name. */
	@ModelAttribute("operator")
	Operator operator() {
		return this.operator;
	}

	@GetMapping("/leichte-sprache")
	String easyLanguage() {
		return "site/leichte-sprache";
	}

	@GetMapping("/gebaerdensprache")
	Rendering signLanguage() {
		var topics = this.videos.topics();
		return Rendering.view("site/gebaerdensprache")
			.modelAttribute("topics", topics)
			.modelAttribute("anyVideo", topics.stream().anyMatch((topic) -> topic.video() != null))
			.build();
	}

	/**
	 * A video or its captions; range requests (seeking) are answered by WebFlux's
	 * resource writer.
	 */
	@GetMapping("/gebaerdensprache/{topic:[a-z]+}.{extension:mp4|vtt}")
	Mono<ResponseEntity<Resource>> signLanguageFile(@PathVariable String topic, @PathVariable String extension) {
		return Mono.justOrEmpty(this.videos.file(topic, extension))
			.map((Path file) -> ResponseEntity.ok()
				.contentType(extension.equals("vtt") ? VTT : MediaType.parseMediaType("video/mp4"))
				.cacheControl(CacheControl.noCache())
				.body((Resource) new FileSystemResource(file)))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

}
