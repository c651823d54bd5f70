package de.impulsnetz.search.web;

import java.util.List;

import de.impulsnetz.search.Search;
import de.impulsnetz.search.SearchResults;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * {@code /suche?q=}: one search box over everything public.
 */
@Controller
class SearchController {

	private static final int PAGE_SIZE = 30;

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/suche")
	Mono<Rendering> search(@RequestParam(required = false) @Nullable String q) {
		String query = (q != null) ? q.strip() : "";
		Mono<SearchResults> results = query.isEmpty() ? Mono.just(new SearchResults("", List.of(), 0))
				: this.search.search(query, null, PAGE_SIZE);
		return results.map((found) -> Rendering.view("search/results")
			.modelAttribute("query", query)
			.modelAttribute("results", found)
			.build());
	}

}
