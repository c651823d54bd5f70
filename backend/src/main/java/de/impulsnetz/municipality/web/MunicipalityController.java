package de.impulsnetz.municipality.web;

import java.util.LinkedHashMap;
import java.util.List;

import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.municipality.MunicipalityProfileContributor;
import de.impulsnetz.municipality.ProfileEntry;
import de.impulsnetz.shared.Markdown;
import de.impulsnetz.shared.Pages;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

@Controller
class MunicipalityController {

	private final MunicipalityDirectory directory;

	private final List<MunicipalityProfileContributor> contributors;

	private final Markdown markdown;

	MunicipalityController(MunicipalityDirectory directory, List<MunicipalityProfileContributor> contributors,
			Markdown markdown) {
		this.directory = directory;
		this.contributors = contributors;
		this.markdown = markdown;
	}

	@GetMapping("/kommunen")
	Rendering list() {
		return Rendering.view("municipality/list")
			.modelAttribute("municipalities", this.directory.all().map(MunicipalityView::of).collectList())
			.build();
	}

	@GetMapping("/kommunen/{slug}")
	Rendering show(@PathVariable String slug,
			@RequestParam(name = "ohne-anmeldung", required = false) String organizationMissing) {
		var municipality = this.directory.bySlug(slug).switchIfEmpty(Pages.notFound()).cache();
		var parent = municipality.filter((found) -> found.partOf() != null)
			.flatMap((found) -> this.directory.bySlug(found.partOf()));
		var entries = Flux.fromIterable(this.contributors)
			.concatMap((contributor) -> contributor.entriesFor(slug))
			.collectMultimap(ProfileEntry::section, (entry) -> entry, LinkedHashMap::new);
		return Rendering.view("municipality/detail")
			.modelAttribute("municipality", municipality.map(MunicipalityView::of))
			.modelAttribute("descriptionHtml", municipality.map((found) -> this.markdown.toHtml(found.description())))
			.modelAttribute("parent", parent.map(MunicipalityView::of))
			.modelAttribute("parts", this.directory.partsOf(slug).map(MunicipalityView::of).collectList())
			.modelAttribute("sections", entries)
			.modelAttribute("organizationMissing", organizationMissing != null)
			.build();
	}

}
