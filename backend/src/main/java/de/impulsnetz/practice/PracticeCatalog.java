package de.impulsnetz.practice;

import de.impulsnetz.shared.ContentImports;
import de.impulsnetz.shared.ImportOutcome;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The knowledge base of Praxisbeispiele: what readers may see, and the import of
 * {@code content/praxis}.
 */
@Service
public class PracticeCatalog {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("title"));

	private final PracticeRepository repository;

	PracticeCatalog(PracticeRepository repository) {
		this.repository = repository;
	}

	public Flux<Practice> published() {
		return this.repository.findByStatus(PracticeStatus.PUBLISHED, NEWEST_FIRST);
	}

	public Flux<Practice> latestPublished(int count) {
		return this.repository.findByStatus(PracticeStatus.PUBLISHED, PageRequest.of(0, count, NEWEST_FIRST));
	}

	public Flux<Practice> publishedBy(String municipality) {
		return this.repository.findByStatusAndMunicipalities(PracticeStatus.PUBLISHED, municipality, NEWEST_FIRST);
	}

	/**
	 * A published practice; drafts stay invisible to readers.
	 */
	public Mono<Practice> publishedBySlug(String slug) {
		return this.repository.findBySlug(slug).filter((practice) -> practice.status() == PracticeStatus.PUBLISHED);
	}

	public Mono<ImportOutcome> importFromContent(Practice candidate) {
		return ContentImports.upsert(this.repository.findBySlug(candidate.slug()), candidate,
				(existing, imported) -> imported.withIdentityOf(existing), this.repository::save);
	}

}
