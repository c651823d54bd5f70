package de.impulsnetz.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import de.impulsnetz.content.ContentImports;
import de.impulsnetz.content.ImportOutcome;
import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.municipality.MunicipalityDirectory;
import de.impulsnetz.search.Search;
import de.impulsnetz.search.SearchHit;
import de.impulsnetz.shared.work.MemoryCopies;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The knowledge base of Praxisbeispiele: what readers may see, and the import of
 * {@code content/praxis}.
 */
@Service
public class PracticeCatalog {

	private static final int SEARCH_LIMIT = 500;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("title"));

	/**
	 * Who saved a revision that came from a file in {@code content/praxis}.
	 */
	static final String IMPORT = "Redaktion (Import aus content/praxis)";

	private final PracticeRepository repository;

	private final PracticeRevisionRepository revisions;

	private final Search search;

	private final ReactiveMongoTemplate mongo;

	private final MunicipalityDirectory directory;

	/**
	 * The published cases, which lists, related cases and the start page read on every
	 * request, from memory.
	 */
	private final MemoryCopies.Copy<Practice> published;

	PracticeCatalog(PracticeRepository repository, PracticeRevisionRepository revisions, Search search,
			ReactiveMongoTemplate mongo, MunicipalityDirectory directory, MemoryCopies copies) {
		this.mongo = mongo;
		this.directory = directory;
		this.repository = repository;
		this.revisions = revisions;
		this.search = search;
		this.published = copies.of(() -> repository.findByStatus(PracticeStatus.PUBLISHED, NEWEST_FIRST));
	}

	public Flux<Practice> published() {
		return this.published.get();
	}

	/**
	 * The published case at this address, from memory; empty when none is published
	 * there.
	 */
	public Mono<Practice> publishedAt(String slug) {
		return published().filter((practice) -> practice.slug().equals(slug)).next();
	}

	/**
	 * Published practices that match the filter, newest first.
	 */
	public Flux<Practice> published(PracticeFilter filter) {
		return regions(filter)
			.flatMapMany((regionOf) -> published().filter((practice) -> filter.matches(practice, regionOf)));
	}

	/**
	 * Published practices that match the search and the filter, best match first.
	 */
	public Flux<Practice> search(String query, PracticeFilter filter) {
		return Mono.zip(this.search.search(query, PracticeSearchSource.KIND, SEARCH_LIMIT), regions(filter))
			.flatMapMany((loaded) -> {
				List<String> slugs = loaded.getT1().hits().stream().map(SearchHit::key).toList();
				return this.repository.findBySlugIn(slugs)
					.filter((practice) -> practice.isPublished() && filter.matches(practice, loaded.getT2()))
					.collectMap(Practice::slug)
					.flatMapIterable((bySlug) -> slugs.stream().map(bySlug::get).filter(Objects::nonNull).toList());
			});
	}

	/**
	 * The regions of the municipalities, read only when the filter asks for one.
	 */
	private Mono<Function<String, @Nullable String>> regions(PracticeFilter filter) {
		if (!filter.narrows(PracticeFilter.Part.REGION)) {
			return Mono.just((slug) -> null);
		}
		return this.directory.all().collectMap(Municipality::slug, Municipality::region).map((regions) -> regions::get);
	}

	/**
	 * Other published cases on the same topics and channels: a shared topic counts twice
	 * a shared channel; the newer first among equals.
	 */
	public Flux<Practice> related(Practice practice, int count) {
		return published().filter((other) -> !other.slug().equals(practice.slug()))
			.map((other) -> Tuples.of(other, affinity(practice.content(), other.content())))
			.filter((scored) -> scored.getT2() > 0)
			.sort(Comparator.comparing((Tuple2<Practice, Integer> scored) -> scored.getT2()).reversed())
			.take(count)
			.map(Tuple2::getT1);
	}

	private static int affinity(PracticeContent one, PracticeContent other) {
		int topics = (int) one.topics().stream().filter(other.topics()::contains).count();
		int channels = (int) one.channels().stream().filter(other.channels()::contains).count();
		return 2 * topics + channels;
	}

	/**
	 * The topics of published cases, without reading the cases.
	 */
	public Flux<String> topics() {
		return this.mongo.findDistinct(Query.query(Criteria.where("status").is(PracticeStatus.PUBLISHED)),
				"content.topics", Practice.class, String.class);
	}

	public Flux<Practice> latestPublished(int count) {
		return this.repository.findByStatus(PracticeStatus.PUBLISHED, PageRequest.of(0, count, NEWEST_FIRST));
	}

	public Flux<Practice> publishedBy(String municipality) {
		return this.repository.findByStatusAndContentMunicipalities(PracticeStatus.PUBLISHED, municipality,
				NEWEST_FIRST);
	}

	/**
	 * A published practice; drafts stay invisible to readers.
	 */
	public Mono<Practice> publishedBySlug(String slug) {
		return this.repository.findBySlug(slug).filter(Practice::isPublished);
	}

	/**
	 * Creates or updates a practice from its file; each import that writes is kept as a
	 * revision like an edit in the app.
	 */
	public Mono<ImportOutcome> importFromContent(Practice candidate) {
		Mono<Practice> existing = this.repository.findBySlug(candidate.slug()).cache();
		return existing
			.flatMap((found) -> this.revisions.findFirstByPracticeIdOrderByNumberDesc(found.id())
				.map(PracticeRevision::number))
			.defaultIfEmpty(0)
			.flatMap((highest) -> ContentImports
				.upsert(existing, candidate, (found, imported) -> imported.withIdentityOf(found, highest),
						(practice) -> this.repository.save(practice)
							.flatMap((saved) -> this.revisions.save(new PracticeRevision(null, saved.id(),
									saved.revision(), saved.content(), saved.updatedAt(), null, IMPORT))
								.thenReturn(saved))));
	}

}
