package de.impulsnetz.practice.web;

import java.util.Map;
import java.util.Optional;

import de.impulsnetz.identity.CurrentMember;
import de.impulsnetz.identity.Member;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.practice.PracticeAuthoring;
import de.impulsnetz.practice.PracticeCatalog;
import de.impulsnetz.practice.PracticeRights;
import de.impulsnetz.shared.Markdown;
import de.impulsnetz.shared.Pages;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

@Controller
class PracticeController {

	private final PracticeCatalog catalog;

	private final PracticeAuthoring authoring;

	private final MunicipalityDirectory directory;

	private final CurrentMember currentMember;

	private final Markdown markdown;

	PracticeController(PracticeCatalog catalog, PracticeAuthoring authoring, MunicipalityDirectory directory,
			CurrentMember currentMember, Markdown markdown) {
		this.catalog = catalog;
		this.authoring = authoring;
		this.directory = directory;
		this.currentMember = currentMember;
		this.markdown = markdown;
	}

	@GetMapping("/praxis")
	Rendering list() {
		var cards = municipalities().flatMap(
				(known) -> this.catalog.published().map((practice) -> PracticeCard.of(practice, known)).collectList());
		return Rendering.view("practice/list").modelAttribute("practices", cards).build();
	}

	/**
	 * A case page. Readers see published cases; the authors' municipality and the editors
	 * also see drafts and submitted cases, with the workflow buttons they may use.
	 */
	/**
	 * What the page confirms after a workflow step (…?gespeichert), as a message key.
	 */
	private static final Map<String, String> NOTICES = Map.of("gespeichert", "practice.flash.saved", "eingereicht",
			"practice.flash.submitted", "veroeffentlicht", "practice.flash.published", "zurueckgegeben",
			"practice.flash.sentBack");

	@GetMapping("/praxis/{slug}")
	Mono<Rendering> show(@PathVariable String slug, ServerWebExchange exchange) {
		MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
		String notice = NOTICES.entrySet()
			.stream()
			.filter((entry) -> query.containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		boolean commentMissing = query.containsKey("kommentar-fehlt");
		return this.currentMember.get()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((member) -> this.authoring.find(slug, member.orElse(null))
				.switchIfEmpty(Pages.notFound())
				.flatMap((practice) -> page(practice, member.orElse(null))))
			.map((page) -> {
				if (notice != null) {
					page.modelAttribute("notice", notice);
				}
				return page.modelAttribute("commentMissing", commentMissing).build();
			});
	}

	private Mono<Rendering.Builder<?>> page(Practice practice, @Nullable Member member) {
		return this.directory.bySlugs(practice.content().municipalities())
			.collectMap(Municipality::slug)
			.map((known) -> Rendering.view("practice/detail")
				.modelAttribute("practice",
						PracticePage.of(practice, known, this.markdown.toHtml(practice.content().body())))
				.modelAttribute("status", practice.status())
				.modelAttribute("reviewComment", practice.reviewComment())
				.modelAttribute("rights", PracticeRights.of(member, practice)));
	}

	private Mono<Map<String, Municipality>> municipalities() {
		return this.directory.all().collectMap(Municipality::slug);
	}

}
