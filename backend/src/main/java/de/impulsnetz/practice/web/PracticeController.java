package de.impulsnetz.practice.web;

import java.util.Map;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.shared.Markdown;
import de.impulsnetz.shared.Pages;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

@Controller
class PracticeController {

	private final PracticeCatalog catalog;

	private final MunicipalityDirectory directory;

	private final Markdown markdown;

	PracticeController(PracticeCatalog catalog, MunicipalityDirectory directory, Markdown markdown) {
		this.catalog = catalog;
		this.directory = directory;
		this.markdown = markdown;
	}

	@GetMapping("/praxis")
	Rendering list() {
		var cards = municipalities().flatMap(
				(known) -> this.catalog.published().map((practice) -> PracticeCard.of(practice, known)).collectList());
		return Rendering.view("practice/list").modelAttribute("practices", cards).build();
	}

	@GetMapping("/praxis/{slug}")
	Rendering show(@PathVariable String slug) {
		var page = this.catalog.publishedBySlug(slug)
			.switchIfEmpty(Pages.notFound())
			.flatMap((practice) -> this.directory.bySlugs(practice.municipalities())
				.collectMap(Municipality::slug)
				.map((known) -> PracticePage.of(practice, known, this.markdown.toHtml(practice.body()))));
		return Rendering.view("practice/detail").modelAttribute("practice", page).build();
	}

	private Mono<Map<String, Municipality>> municipalities() {
		return this.directory.all().collectMap(Municipality::slug);
	}

}
