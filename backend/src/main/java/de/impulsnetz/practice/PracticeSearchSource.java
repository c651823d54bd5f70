package de.impulsnetz.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.search.SearchDocument;
import de.impulsnetz.search.SearchSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Published Praxisbeispiele for the search index: title, teaser, topics, channels and the
 * municipalities' names, and the text.
 */
@Component
public class PracticeSearchSource implements SearchSource {

	public static final String KIND = "praxis";

	/**
	 * The kind of talks in the search index: a case names the talk that inspired it by
	 * its key there, so that practice needs nothing of the talk module.
	 */
	public static final String TALK_KIND = "impulse";

	private final PracticeRepository practices;

	private final MunicipalityDirectory directory;

	PracticeSearchSource(PracticeRepository practices, MunicipalityDirectory directory) {
		this.practices = practices;
		this.directory = directory;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Flux<SearchDocument> all() {
		return names().flatMapMany((names) -> this.practices.findByStatus(PracticeStatus.PUBLISHED, Sort.unsorted())
			.map((practice) -> document(practice, names)));
	}

	@Override
	public Mono<SearchDocument> one(String key) {
		return this.practices.findBySlug(key)
			.filter(Practice::isPublished)
			.flatMap((practice) -> names().map((names) -> document(practice, names)));
	}

	@Override
	public Flux<String> changedSince(Instant since) {
		return this.practices.findByUpdatedAtAfter(since).map(Practice::slug);
	}

	private Mono<Map<String, String>> names() {
		return this.directory.all().collectMap(Municipality::slug, Municipality::name);
	}

	static SearchDocument document(Practice practice, Map<String, String> municipalityNames) {
		PracticeContent content = practice.content();
		List<String> tags = new ArrayList<>(content.topics());
		content.channels().forEach((channel) -> tags.add(channel.name()));
		content.municipalities().forEach((slug) -> tags.add(municipalityNames.getOrDefault(slug, slug)));
		Instant date = (practice.publishedAt() != null) ? practice.publishedAt() : Instant.EPOCH;
		List<String> references = (content.inspiredBy() != null)
				? List.of(SearchDocument.reference(TALK_KIND, content.inspiredBy())) : List.of();
		return new SearchDocument(KIND, practice.slug(), content.title(), content.teaser(), tags, content.body(),
				"/praxis/" + practice.slug(), date, List.of(), references);
	}

}
